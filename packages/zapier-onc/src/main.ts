// The entry Zapier loads: it wants the app definition as module.exports.
import app from './index';

module.exports = app;
