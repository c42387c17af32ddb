// The sign-in check (a proof of work, ALTCHA's challenge): after several unsuccessful sign-ins to
// one address the server asks the browser to find the number that, appended to the challenge's
// salt, gives the challenge's SHA-256. The signed solution goes in a hidden field; the status line
// says what is happening. Without JavaScript the page says how to go on (a <noscript> message).
document.addEventListener("DOMContentLoaded", function () {
  var box = document.querySelector("[data-sign-in-check]");
  if (!box) {
    return;
  }
  var form = box.closest("form");
  var field = form.querySelector("input[name=altcha]");
  var status = box.querySelector("[data-sign-in-check-status]");
  var solved = false;
  var sendWhenSolved = false;

  function say(state) {
    status.textContent = box.getAttribute("data-" + state);
  }

  if (!window.crypto || !window.crypto.subtle || !window.TextEncoder || !window.btoa) {
    say("unsupported");
    return;
  }

  form.addEventListener("submit", function (event) {
    if (!solved) {
      event.preventDefault();
      sendWhenSolved = true;
      say("waiting");
    }
  });

  say("working");
  solve(box.getAttribute("data-salt"), box.getAttribute("data-challenge"), Number(box.getAttribute("data-max-number")))
    .then(function (number) {
      if (number === null) {
        say("failed");
        return;
      }
      field.value = btoa(
        JSON.stringify({
          algorithm: box.getAttribute("data-algorithm"),
          challenge: box.getAttribute("data-challenge"),
          number: number,
          salt: box.getAttribute("data-salt"),
          signature: box.getAttribute("data-signature"),
        })
      );
      solved = true;
      say("done");
      if (sendWhenSolved) {
        form.submit();
      }
    })
    .catch(function () {
      say("failed");
    });
});

function hex(buffer) {
  return Array.prototype.map
    .call(new Uint8Array(buffer), function (byte) {
      return byte.toString(16).padStart(2, "0");
    })
    .join("");
}

// Tries the numbers from 0 up to max, a batch of digests at a time; resolves to the number or null.
function solve(salt, challenge, max) {
  var encoder = new TextEncoder();
  var batch = 500;
  function from(start) {
    var digests = [];
    for (var n = start; n <= max && n < start + batch; n++) {
      digests.push(window.crypto.subtle.digest("SHA-256", encoder.encode(salt + n)));
    }
    if (!digests.length) {
      return Promise.resolve(null);
    }
    return Promise.all(digests).then(function (results) {
      for (var i = 0; i < results.length; i++) {
        if (hex(results[i]) === challenge) {
          return start + i;
        }
      }
      return from(start + batch);
    });
  }
  return from(0);
}
