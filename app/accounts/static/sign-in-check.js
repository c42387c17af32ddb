// The sign-in check (a proof of work, ALTCHA's challenge): after several unsuccessful sign-ins to
// one address the server asks the browser to find the number that, appended to the challenge's
// salt, gives the challenge's SHA-256. The signed solution goes in a hidden field; the status line
// says what is happening. Without JavaScript the page says how to go on (a <noscript> message).
// The work grows with the failed attempts (up to millions of digests), so the numbers are tried in
// batches of Web Crypto digests, the page free to draw itself and answer the reader between batches,
// and a line below the status says how far the check has gone, about once a second.
document.addEventListener("DOMContentLoaded", function () {
  var box = document.querySelector("[data-sign-in-check]");
  if (!box) {
    return;
  }
  var form = box.closest("form");
  var field = form.querySelector("input[name=altcha]");
  var status = box.querySelector("[data-sign-in-check-status]");
  var progress = box.querySelector("[data-sign-in-check-progress]");
  var solved = false;
  var sendWhenSolved = false;

  function say(state) {
    status.textContent = box.getAttribute("data-" + state);
    progress.textContent = "";
  }

  function report(share) {
    var percent = new Intl.NumberFormat(document.documentElement.lang || undefined, {
      style: "percent",
      maximumFractionDigits: 0,
    }).format(Math.min(share, 1));
    progress.textContent = box.getAttribute("data-progress").replace("{percent}", percent);
  }

  if (!window.crypto || !window.crypto.subtle || !window.TextEncoder || !window.btoa || !window.MessageChannel) {
    say("unsupported");
    return;
  }

  form.addEventListener("submit", function (event) {
    if (!solved) {
      event.preventDefault();
      sendWhenSolved = true;
      status.textContent = box.getAttribute("data-waiting");
    }
  });

  say("working");
  solve(
    box.getAttribute("data-salt"),
    box.getAttribute("data-challenge"),
    Number(box.getAttribute("data-max-number")),
    report
  )
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

function bytesOf(hex) {
  var bytes = new Uint8Array(hex.length / 2);
  for (var i = 0; i < bytes.length; i++) {
    bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
  }
  return bytes;
}

function same(buffer, expected) {
  var bytes = new Uint8Array(buffer);
  if (bytes.length !== expected.length) {
    return false;
  }
  for (var i = 0; i < bytes.length; i++) {
    if (bytes[i] !== expected[i]) {
      return false;
    }
  }
  return true;
}

// Tries the numbers from 0 up to max, a batch of digests at a time; resolves to the number or null,
// and calls report(share of the numbers tried) about once a second. The digests' answers come back
// ahead of everything else, which left the page unpainted until the end; after each batch the next
// one waits for a message to itself, a task behind drawing and the reader's input (a timer would do
// the same, but browsers slow repeated timers, to once a second in a tab in the background).
function solve(salt, challenge, max, report) {
  var encoder = new TextEncoder();
  var expected = bytesOf(challenge);
  var batch = 1000;
  var reported = Date.now();
  var channel = new MessageChannel();
  var resume = null;
  channel.port1.onmessage = function () {
    resume();
  };
  function pause() {
    return new Promise(function (resolve) {
      resume = resolve;
      channel.port2.postMessage(null);
    });
  }
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
        if (same(results[i], expected)) {
          return start + i;
        }
      }
      if (Date.now() - reported >= 1000) {
        reported = Date.now();
        report((start + batch) / (max + 1));
      }
      return pause().then(function () {
        return from(start + batch);
      });
    });
  }
  return from(0);
}
