// 오시는 길 with the center's own Kakao map key: loads Kakao's map script (allowed by this page's
// security policy only), finds the address and marks it. Without a key the page never loads this file
// and links to the address on map sites instead; if Kakao cannot be reached, those links remain.
(function () {
  var box = document.getElementById('map');
  if (!box) { return; }
  var script = document.createElement('script');
  script.src = 'https://dapi.kakao.com/v2/maps/sdk.js?autoload=false&libraries=services&appkey='
    + encodeURIComponent(box.getAttribute('data-map-key'));
  script.onerror = function () { box.hidden = true; };
  script.onload = function () {
    window.kakao.maps.load(function () {
      var geocoder = new window.kakao.maps.services.Geocoder();
      geocoder.addressSearch(box.getAttribute('data-map-address'), function (result, status) {
        if (status !== window.kakao.maps.services.Status.OK || !result.length) { box.hidden = true; return; }
        var at = new window.kakao.maps.LatLng(result[0].y, result[0].x);
        var map = new window.kakao.maps.Map(box, { center: at, level: 3 });
        new window.kakao.maps.Marker({ map: map, position: at, title: box.getAttribute('data-map-name') });
      });
    });
  };
  document.head.appendChild(script);
})();
