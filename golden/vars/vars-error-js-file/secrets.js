module.exports.token = () => 'from-javascript';
