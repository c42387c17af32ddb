// The display board: live from the server's event stream, or by polling state.json when there is
// no stream (no Redis, a proxy that cuts it). A new call (or a call again) chimes and is spoken in
// Polish and, when different, in the visitor's language, where the browser can speak.
(function () {
  "use strict";
  var main = document.querySelector(".board-screen");
  if (!main) return;
  var spoken = JSON.parse(main.dataset.spoken);
  var names = JSON.parse(main.dataset.names);
  var minutesText = main.dataset.minutes;
  var body = main.querySelector(".board-calls tbody");
  var empty = main.querySelector(".board-empty");
  var waits = main.querySelector(".board-waits");
  var soundButton = main.querySelector(".board-sound");
  var VOICES = { pl: "pl-PL", en: "en-GB", ru: "ru-RU", uk: "uk-UA" };
  var seen = {};
  var audio = null;
  var pollTimer = null;

  Array.prototype.forEach.call(body.querySelectorAll("tr"), function (row) {
    seen[row.dataset.id] = row.dataset.calls;
  });

  function chime() {
    if (!audio) return;
    [660, 880].forEach(function (pitch, index) {
      var tone = audio.createOscillator();
      var gain = audio.createGain();
      tone.frequency.value = pitch;
      gain.gain.setValueAtTime(0.25, audio.currentTime + index * 0.35);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + index * 0.35 + 0.6);
      tone.connect(gain).connect(audio.destination);
      tone.start(audio.currentTime + index * 0.35);
      tone.stop(audio.currentTime + index * 0.35 + 0.6);
    });
  }

  function say(call) {
    if (!audio || !("speechSynthesis" in window)) return;
    var spokenTicket = call.ticket.charAt(0) + " " + parseInt(call.ticket.slice(1), 10);
    var languages = call.language && call.language !== "pl" ? ["pl", call.language] : ["pl"];
    languages.forEach(function (code) {
      var text = (spoken[code] || spoken.pl).replace("{ticket}", spokenTicket).replace("{counter}", call.counter);
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = VOICES[code] || code;
      window.speechSynthesis.speak(utterance);
    });
  }

  function show(state) {
    var fresh = [];
    body.textContent = "";
    state.calls.forEach(function (call) {
      var row = document.createElement("tr");
      row.dataset.id = call.id;
      row.dataset.calls = call.calls;
      [call.ticket, call.counter].forEach(function (value) {
        var cell = document.createElement("td");
        cell.textContent = value;
        row.appendChild(cell);
      });
      if (seen[call.id] !== String(call.calls)) {
        fresh.push(call);
        row.className = "board-new";
      }
      body.appendChild(row);
    });
    seen = {};
    state.calls.forEach(function (call) { seen[call.id] = String(call.calls); });
    empty.hidden = state.calls.length > 0;
    waits.textContent = "";
    state.waits.forEach(function (wait) {
      var item = document.createElement("li");
      item.dataset.service = wait.service;
      item.textContent = wait.letter + " " + (names[wait.service] || "") + ": " + wait.waiting +
        (wait.waiting ? " · " + minutesText.replace("{minutes}", wait.minutes) : "");
      waits.appendChild(item);
    });
    if (fresh.length) {
      chime();
      fresh.reverse().forEach(say);
    }
  }

  function poll() {
    fetch(main.dataset.state, { cache: "no-store" })
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (state) { if (state) show(state); })
      .catch(function () {});
  }

  function startPolling() {
    if (pollTimer === null) pollTimer = window.setInterval(poll, 5000);
  }

  function listen() {
    if (!main.dataset.events || !("EventSource" in window)) { startPolling(); return; }
    var source = new EventSource(main.dataset.events);
    source.addEventListener("board", function (event) {
      if (pollTimer !== null) { window.clearInterval(pollTimer); pollTimer = null; }
      show(JSON.parse(event.data));
    });
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) {
        // the server refused the stream (no Redis now): poll, and try the stream again in a minute
        startPolling();
        window.setTimeout(listen, 60000);
      }
    };
  }

  soundButton.addEventListener("click", function () {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (Context && !audio) audio = new Context();
    soundButton.hidden = true;
    chime();
  });
  main.dataset.ready = "true";
  listen();
})();
