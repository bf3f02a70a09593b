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
      }, function () {
        status.textContent = geo.dataset.fail;
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
    geo.appendChild(button);
    geo.appendChild(status);
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
