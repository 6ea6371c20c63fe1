exports.h = 1;
