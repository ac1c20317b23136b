// Stands in for the debug package in dist/bundle/: loggers that print nothing, unless DEBUG names what to print.
"use strict";

/**
 * Puppeteer writes every DevTools message it sends or receives to a debug logger, and makes a new logger for each
 * message; making one asks whether standard error is a terminal, a system call each time (about 30 ms of Node's
 * thread in a profile of a 41-page build). A logger prints only what the DEBUG environment variable names, so
 * without DEBUG these do nothing and cost nothing. With it, debug itself is used: the copy in the package's
 * node_modules, by its path (the alias that brings the bundle here would bring "debug/..." back to this file);
 * should npm ever not put one there, the bundle's build stops saying so.
 * @param {string} namespace
 */
function createSilentDebug(namespace) {
  const log = () => undefined;
  return Object.assign(log, {
    namespace,
    enabled: false,
    useColors: false,
    color: 0,
    diff: 0,
    log,
    destroy: () => false,
    /** @param {string} sub @param {string} [delimiter] */
    extend: (sub, delimiter = ":") => createSilentDebug(`${namespace}${delimiter}${sub}`),
  });
}

Object.assign(createSilentDebug, {
  enable: () => undefined,
  disable: () => "",
  enabled: () => false,
  names: [],
  skips: [],
  formatters: {},
  humanize: (/** @type {number} */ ms) => `${ms}ms`,
});

module.exports = process.env.DEBUG ? require("../../node_modules/debug/src/node.js") : createSilentDebug;
