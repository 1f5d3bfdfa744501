/* global window, location */
// Browser mode: starts the home screen's request (Today) while the app's code is still
// loading, so the data is there by the first render. The transport takes the answer once
// (src/lib/transport.ts). Does nothing in the desktop app (IPC) or on other screens.
(function () {
  if (window.api) return;
  var inHash = /^#(?:.*&)?token=([^&]+)/.exec(location.hash);
  var token = inHash ? decodeURIComponent(inHash[1]) : null;
  try {
    token = token || sessionStorage.getItem('rapport.token');
  } catch (e) {
    return;
  }
  var route = inHash ? '' : location.hash.replace(/^#?\/?/, '');
  if (!token || (route !== '' && route !== 'today')) return;
  var payload = JSON.stringify({ reconnectLimit: 5 });
  window.__rapportPrefetch = {
    channel: 'today:get',
    payload: payload,
    answer: fetch(location.origin + '/rpc/today%3Aget', {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
      body: payload,
      cache: 'no-store',
    })
      .then(function (res) {
        return res.ok ? res.json() : null;
      })
      .catch(function () {
        return null;
      }),
  };
})();
