/* Pintu: a part of a form shown only when a choice calls for it (data-shown-by="<id of the select>",
   data-shown-value="<value>"). Every page works without this file: the part is then always shown, its hint
   says when it applies, and the server ignores it for the other choices. */
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("[data-shown-by]"), function (part) {
    var control = document.getElementById(part.dataset.shownBy);
    if (!control) return;
    function update() { part.hidden = control.value !== part.dataset.shownValue; }
    control.addEventListener("change", update);
    update();
  });
})();
