/*
 * A map of the results beside the list, from Leaflet and Leaflet.markercluster served by Silta itself (WebJars).
 * Progressive enhancement: without script the list is the whole answer, and it always stays. Markers come from the
 * list's own items (data-lat, data-lon): a place whose address is confidential has no coordinates in the answer, so
 * it is never on the map. Tiles come from the tile server the page names (silta.search.map.tile-url).
 */
(function () {
  'use strict';
  var box = document.getElementById('results-map');
  if (!box || !window.L || !L.markerClusterGroup) {
    return;
  }
  var results = document.querySelectorAll('.result[data-lat][data-lon]');
  if (results.length === 0) {
    return;
  }
  box.hidden = false;
  var map = L.map(box, { scrollWheelZoom: false });
  L.tileLayer(box.dataset.tiles, { maxZoom: 18, attribution: box.dataset.attribution }).addTo(map);
  var cluster = L.markerClusterGroup();
  var bounds = [];
  results.forEach(function (result) {
    var point = [parseFloat(result.dataset.lat), parseFloat(result.dataset.lon)];
    var link = result.querySelector('h3 a');
    var popup = document.createElement('a');
    popup.href = link.getAttribute('href');
    popup.textContent = link.textContent;
    cluster.addLayer(L.marker(point, { title: link.textContent, alt: link.textContent }).bindPopup(popup));
    bounds.push(point);
  });
  map.addLayer(cluster);
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
}());
