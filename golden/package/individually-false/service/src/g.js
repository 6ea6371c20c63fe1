exports.g = 1;
