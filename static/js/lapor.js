/* Pintu, complaint forms: small enhancements. Every page works without this file. */
(function () {
  "use strict";

  // Move focus to the error summary so screen readers and keyboards start there (GOV.UK pattern).
  var summary = document.querySelector(".error-summary");
  if (summary) summary.focus();

  // "Gunakan lokasi saya": fill latitude and longitude from the device (no map tiles, no third party).
  var geo = document.querySelector("[data-geolocate]");
  var lat = document.getElementById("id_latitude");
  var lon = document.getElementById("id_longitude");
  if (geo && lat && lon && "geolocation" in navigator) {
    var button = document.createElement("button");
    var status = document.createElement("p");
    button.type = "button";
    button.className = "button button-secondary";
    button.textContent = geo.dataset.label;
    status.setAttribute("role", "status");
    status.className = "hint";
    button.addEventListener("click", function () {
      status.textContent = geo.dataset.wait;
      navigator.geolocation.getCurrentPosition(function (position) {
        lat.value = position.coords.latitude.toFixed(6);
        lon.value = position.coords.longitude.toFixed(6);
        status.textContent = geo.dataset.done;
        if (geo.dataset.locateUrl) locate(geo.dataset.locateUrl, lat.value, lon.value, status);
      }, function () {
        status.textContent = geo.dataset.fail;
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
    geo.appendChild(button);
    geo.appendChild(status);
  }

  // The wizard's maps (pintu.complaints.area_maps): a tapped shape sets the select instead of reloading;
  // the desa map of the chosen kecamatan is shown, the others hidden.
  function choose(select, value) {
    if (!select) return;
    select.value = String(value);
    select.dispatchEvent(new Event("change"));
  }
  function showMaps() {
    var kec = document.getElementById("id_kecamatan");
    var des = document.getElementById("id_desa");
    Array.prototype.forEach.call(document.querySelectorAll("[data-desa-map]"), function (figure) {
      figure.hidden = !kec || figure.dataset.desaMap !== kec.value;
    });
    Array.prototype.forEach.call(document.querySelectorAll(".area-map-shape"), function (shape) {
      var select = shape.dataset.kecamatan ? des : kec;
      if (select && select.value === shape.dataset.area) shape.setAttribute("aria-current", "true");
      else shape.removeAttribute("aria-current");
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll(".area-map-shape"), function (shape) {
    shape.addEventListener("click", function (event) {
      event.preventDefault();
      if (shape.dataset.kecamatan) {
        choose(document.getElementById("id_kecamatan"), shape.dataset.kecamatan);
        choose(document.getElementById("id_desa"), shape.dataset.area);
      } else {
        choose(document.getElementById("id_kecamatan"), shape.dataset.area);
      }
    });
  });
  // "Gunakan lokasi saya" with shipped boundaries: the server says which kecamatan and desa hold the point.
  function locate(url, latitude, longitude, status) {
    var query = "?lat=" + encodeURIComponent(latitude) + "&lon=" + encodeURIComponent(longitude);
    fetch(url + query, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        if (answer.kecamatan) choose(document.getElementById("id_kecamatan"), answer.kecamatan.id);
        if (answer.desa) choose(document.getElementById("id_desa"), answer.desa.id);
        status.textContent = answer.message;
      })
      .catch(function () { status.textContent = geo.dataset.fail; });
  }

  // Show only the desa/kelurahan of the chosen kecamatan (the server checks it again).
  var kecamatan = document.getElementById("id_kecamatan");
  var desa = document.getElementById("id_desa");
  if (kecamatan && desa) {
    var narrow = function () {
      var chosen = kecamatan.selectedIndex > 0 ? kecamatan.options[kecamatan.selectedIndex].text : "";
      Array.prototype.forEach.call(desa.querySelectorAll("optgroup"), function (group) {
        var hide = chosen !== "" && group.label !== chosen;
        group.hidden = hide;
        group.disabled = hide;
        if (hide && desa.selectedOptions[0] && desa.selectedOptions[0].parentNode === group) desa.value = "";
      });
    };
    kecamatan.addEventListener("change", narrow);
    narrow();
  }
  if (document.querySelector("[data-kecamatan-map]")) {
    ["id_kecamatan", "id_desa"].forEach(function (id) {
      var select = document.getElementById(id);
      if (select) select.addEventListener("change", showMaps);
    });
  }

  // "Salin" buttons next to the tracking code and the secret.
  if (navigator.clipboard) {
    Array.prototype.forEach.call(document.querySelectorAll("[data-copy]"), function (element) {
      var copy = document.createElement("button");
      copy.type = "button";
      copy.className = "button button-small copy-button";
      copy.textContent = element.dataset.copyLabel;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(element.textContent.trim()).then(function () {
          copy.textContent = element.dataset.copied;
        });
      });
      element.insertAdjacentElement("afterend", copy);
    });
  }
})();
