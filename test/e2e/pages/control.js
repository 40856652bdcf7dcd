// The control page's misdeeds, each one a thing the end-to-end watchers must catch.
(async function () {
  try {
    eval('1'); // script-src: no 'unsafe-eval'
  } catch (e) {
    // Blocked, and reported as a violation.
  }
  var styled = document.createElement('p');
  styled.setAttribute('style', 'color: red'); // style-src: no 'unsafe-inline'
  document.body.append(styled);
  console.error('control: console error');
  document.cookie = 'control=1; SameSite=Strict';
  localStorage.setItem('control', '1');
  sessionStorage.setItem('control', '1');
  await new Promise(function (resolve) {
    var request = indexedDB.open('control');
    request.onsuccess = request.onerror = function () {
      if (request.result) request.result.close();
      resolve();
    };
  });
  await caches.open('control');
  await navigator.serviceWorker.register('control-sw.js').catch(function () {});
  await fetch('https://tracker.invalid/pixel').catch(function () {}); // connect-src: blocked, and reported
  // What the CSP does not stop (a navigation): the test calls this last, to see the request watcher catch it.
  window.leak = function () {
    location.assign('https://tracker.invalid/leak');
  };
  document.documentElement.dataset.done = 'yes';
})();
