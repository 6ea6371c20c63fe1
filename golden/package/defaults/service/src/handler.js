exports.hello = async () => 1;
