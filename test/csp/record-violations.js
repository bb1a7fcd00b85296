// Loaded first by the CSP test page: keeps every CSP / Trusted Types violation for the test.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});
