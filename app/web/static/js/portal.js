// Moves focus to the error summary so screen-reader and keyboard users hear what went wrong first.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
});

// Application sections: as the applicant leaves a field, the section is saved and checked by the
// server (the same rules as on "Save and continue"); errors, Latin spellings and the fields that
// depend on the answers are updated in place. Without JavaScript the page works the same on submit.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form[data-live-check]");
  if (!form || !window.fetch) {
    return;
  }
  var token = form.querySelector("input[name=csrf_token]").value;
  var section = form.getAttribute("data-section");
  var timer = null;
  // errors appear only for the questions the applicant has been to (and those the server showed)
  var touched = {};
  form.querySelectorAll(".form-group--error[data-path]").forEach(function (group) {
    touched[group.getAttribute("data-path")] = true;
  });
  function touch(element) {
    var group = element.closest && element.closest("[data-path]");
    if (group) {
      touched[group.getAttribute("data-path")] = true;
    }
  }

  function answers() {
    var data = {};
    var prefix = section + "-";
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name.indexOf(prefix) !== 0 || el.disabled) {
        return;
      }
      var name = el.name.slice(prefix.length);
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) {
        return;
      }
      var parts = name.split("-");
      setValue(data, parts, el.value, el.type === "checkbox");
    });
    return tidy(data);
  }

  function setValue(target, parts, value, many) {
    var key = parts[0];
    if (parts.length === 1) {
      if (many) {
        (target[key] = target[key] || []).push(value);
      } else {
        target[key] = value;
      }
      return;
    }
    if (parts[1] === "count") {
      target[key] = target[key] || {};
      return;
    }
    if (/^\d+$/.test(parts[1])) {
      target[key] = target[key] || {};
      target[key][parts[1]] = target[key][parts[1]] || {};
      setValue(target[key][parts[1]], parts.slice(2), value, many);
      return;
    }
    target[key] = target[key] || {};
    target[key][parts[1]] = value; // day, month, year
  }

  function tidy(data) {
    // groups were collected as {index: item}; the server takes a list
    Object.keys(data).forEach(function (key) {
      var value = data[key];
      if (value && typeof value === "object" && !Array.isArray(value)) {
        var keys = Object.keys(value);
        if (keys.length === 0 || keys.every(function (k) { return /^\d+$/.test(k); })) {
          var list = [];
          keys.sort(function (a, b) { return a - b; }).forEach(function (k) { list.push(value[k]); });
          data[key] = list;
        }
      }
    });
    return data;
  }

  function show(result) {
    form.querySelectorAll("[data-path]").forEach(function (group) {
      var path = group.getAttribute("data-path");
      var message = touched[path] ? result.errors[path] || "" : "";
      var id = path.replace(/\./g, "-");
      var line = document.getElementById(id + "-error");
      var anchor = group.querySelector(".hint") || group.querySelector("legend, label");
      if (message && !line) {
        line = document.createElement("p");
        line.className = "error-message";
        line.id = id + "-error";
        anchor.parentNode.insertBefore(line, anchor.nextSibling);
      }
      if (line) {
        line.textContent = message;
        line.hidden = !message;
      }
      group.classList.toggle("form-group--error", !!message);
      note(group, id, touched[path] ? (result.warnings || {})[path] || "" : "");
      describe(id);
      var suggestion = group.querySelector("[data-suggestion-for]");
      if (suggestion) {
        // the spelling comes with the name of the rule that gave it, inside its message
        var offered = result.suggestions[path] || null;
        var spelling = offered ? offered.value : "";
        suggestion.hidden = !offered;
        suggestion.querySelector(".suggestion-message").textContent = offered ? offered.message : "";
        suggestion.querySelector(".suggestion-value").textContent = spelling;
        suggestion.querySelector(".suggestion-value").hidden = !spelling;
        suggestion.querySelector("button").hidden = !spelling;
      }
    });
    Object.keys(result.shown || {}).forEach(function (key) {
      var wrapper = form.querySelector('.conditional[data-field="' + key + '"]');
      if (wrapper) {
        wrapper.hidden = !result.shown[key];
      }
    });
  }

  // the question's input (or its fieldset) is described by its hint, error and warning as shown now
  function describe(id) {
    var control = document.getElementById(id);
    if (!control) {
      return;
    }
    var ids = [id + "-hint", id + "-error", id + "-note"].filter(function (lineId) {
      var line = document.getElementById(lineId);
      return line && !line.hidden;
    });
    if (ids.length) {
      control.setAttribute("aria-describedby", ids.join(" "));
    } else {
      control.removeAttribute("aria-describedby");
    }
  }

  // a warning does not stop the answer: shown under the question, after any error
  function note(group, id, text) {
    var line = document.getElementById(id + "-note");
    if (text && !line) {
      line = document.createElement("p");
      line.className = "note-message";
      line.id = id + "-note";
      var label = document.createElement("span");
      label.className = "visually-hidden";
      label.textContent = form.getAttribute("data-warning-label") + " ";
      line.appendChild(label);
      line.appendChild(document.createElement("span"));
      var after = document.getElementById(id + "-error") || group.querySelector(".hint") || group.querySelector("legend, label");
      after.parentNode.insertBefore(line, after.nextSibling);
    }
    if (line) {
      line.lastChild.textContent = text;
      line.hidden = !text;
    }
  }

  function check() {
    fetch(form.getAttribute("data-live-check"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": token },
      body: JSON.stringify(answers())
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (result) {
      if (result) {
        show(result);
      }
    }).catch(function () {});
  }

  form.addEventListener("focusout", function (event) {
    touch(event.target);
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  });
  form.addEventListener("change", function (event) {
    touch(event.target);
    if (event.target.type === "radio" || event.target.type === "checkbox" || event.target.tagName === "SELECT") {
      clearTimeout(timer);
      timer = setTimeout(check, 150);
    }
  });
  form.addEventListener("click", function (event) {
    var button = event.target.closest("button[value^='accept:']");
    if (!button) {
      return;
    }
    var group = button.closest("[data-path]");
    var input = group.querySelector("input.input");
    if (input) {
      event.preventDefault();
      input.value = group.querySelector(".suggestion-value").textContent;
      input.focus();
      check();
    }
  });
});
