// Loaded first (a plain script from a file: the CSP forbids inline ones) by every
// end-to-end page. It records what the page itself can see and the test reads it:
// every Content-Security-Policy violation and every uncaught error or rejection.
(function () {
  var seen = { violations: [], errors: [] };
  window.__kyrE2E = seen;
  document.addEventListener(
    'securitypolicyviolation',
    function (event) {
      seen.violations.push(
        event.effectiveDirective + ' blocked ' + (event.blockedURI || '(inline)') + ' at ' + (event.sourceFile || '?') + ':' + event.lineNumber,
      );
    },
    true,
  );
  window.addEventListener('error', function (event) {
    seen.errors.push('error: ' + (event.error && event.error.stack ? event.error.stack : event.message));
  });
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    seen.errors.push('unhandled rejection: ' + (reason && reason.stack ? reason.stack : String(reason)));
  });
})();
