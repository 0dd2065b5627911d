/* Pairline sandbox: three simulated phones over the emulator's control API. No build step. */
"use strict";

(function () {
  var POLL_MS = 400;
  var BOTTOM_SLACK = 40; // px: "at the bottom" tolerance when deciding to keep scrolling

  var STRINGS = {
    fr: {
      title: "Pairline — bac à sable",
      subtitle: "Trois téléphones simulés parlent au vrai bot.",
      connecting: "Connexion…",
      online: "Connecté",
      offline: "Émulateur injoignable",
      block: "Bloquer le bot",
      blocked: "bot bloqué",
      replyingTo: "Réponse à",
      photo: "Photo",
      voice: "Message vocal",
      document: "Document",
      attachHint: "Le texte saisi sert de légende.",
      send: "Envoyer",
      placeholder: "Écrire un message…",
      edited: "(modifié)",
      forwarded: "Transféré",
      empty: "Aucun message pour l'instant. Écrivez /start pour commencer.",
      missing: "message supprimé",
      you: "Vous",
      bot: "Pairline",
      sendFailed: "Échec de l'envoi",
      pressFailed: "Le bouton n'a pas répondu",
      pressing: "…",
      attachLabel: "Joindre un fichier",
      cancelReply: "Annuler la réponse",
      clickToReply: "Cliquer pour répondre",
      roles: {
        seeker: "personne qui cherche de l'aide",
        helper: "pair-aidant·e",
        coordinator: "coordination",
      },
      toggle: "EN",
      lang: "fr",
    },
    en: {
      title: "Pairline — sandbox",
      subtitle: "Three simulated phones talk to the real bot.",
      connecting: "Connecting…",
      online: "Connected",
      offline: "Emulator unreachable",
      block: "Block bot",
      blocked: "bot blocked",
      replyingTo: "Replying to",
      photo: "Photo",
      voice: "Voice message",
      document: "Document",
      attachHint: "Typed text is used as the caption.",
      send: "Send",
      placeholder: "Write a message…",
      edited: "(edited)",
      forwarded: "Forwarded",
      empty: "No messages yet. Type /start to begin.",
      missing: "deleted message",
      you: "You",
      bot: "Pairline",
      sendFailed: "Sending failed",
      pressFailed: "The button did not answer",
      pressing: "…",
      attachLabel: "Attach a file",
      cancelReply: "Cancel reply",
      clickToReply: "Click to reply",
      roles: {
        seeker: "help seeker",
        helper: "peer helper",
        coordinator: "coordinator",
      },
      toggle: "FR",
      lang: "en",
    },
  };

  var lang = "fr";
  try {
    if (window.localStorage.getItem("pairline-sandbox-lang") === "en") lang = "en";
  } catch (e) {
    /* storage unavailable: stay in French */
  }

  function t(key) {
    return STRINGS[lang][key];
  }

  // ---------------------------------------------------------------- HTTP helpers

  function getJSON(url) {
    return fetch(url, { cache: "no-store" }).then(function (res) {
      if (!res.ok) throw new Error(url + " -> " + res.status);
      return res.json();
    });
  }

  function postJSON(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }).then(function (res) {
      if (!res.ok) {
        return res.text().then(function (text) {
          throw new Error(url + " -> " + res.status + " " + text);
        });
      }
      return res.json().catch(function () {
        return {};
      });
    });
  }

  // ---------------------------------------------------------------- small DOM helpers

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function q(root, selector) {
    return root.querySelector(selector);
  }

  function messageBody(msg) {
    var parts = [];
    if (msg.media) parts.push("[" + msg.media + "]");
    var text = msg.text || msg.caption;
    if (text) parts.push(text);
    return parts.join(" ");
  }

  function snippet(msg) {
    if (!msg) return t("missing");
    var text = messageBody(msg).replace(/\s+/g, " ").trim();
    return text.length > 90 ? text.slice(0, 89) + "…" : text;
  }

  function clock(date) {
    if (!date) return "";
    var d = new Date(Number(date) * 1000);
    if (isNaN(d.getTime())) return "";
    return String(d.getHours()).padStart(2, "0") + ":" + String(d.getMinutes()).padStart(2, "0");
  }

  function initials(label) {
    return String(label || "?").trim().charAt(0).toUpperCase() || "?";
  }

  // ---------------------------------------------------------------- one phone

  function Phone(section) {
    this.section = section;
    this.userId = Number(section.getAttribute("data-phone"));
    this.role = section.getAttribute("data-role") || "";
    this.label = section.getAttribute("data-label") || String(this.userId);
    this.messages = [];
    this.signature = null; // JSON of the last rendered history: skip identical re-renders
    this.replyTo = null; // message_id the next message replies to
    this.blocked = false;
    this.toastTimer = null;

    section.appendChild(document.getElementById("phone-template").content.cloneNode(true));
    this.list = q(section, '[data-testid="messages"]');
    this.input = q(section, '[data-testid="input"]');
    this.sendButton = q(section, '[data-testid="send"]');
    this.attachButton = q(section, '[data-testid="attach"]');
    this.attachMenu = q(section, '[data-testid="attach-menu"]');
    this.replyBar = q(section, '[data-testid="reply-bar"]');
    this.blockBox = q(section, '[data-testid="block"]');
    this.toast = q(section, '[data-testid="toast"]');
    q(section, ".avatar").textContent = initials(this.label);
    this.bind();
    this.renderChrome();
  }

  Phone.prototype.bind = function () {
    var self = this;
    this.sendButton.addEventListener("click", function () {
      self.sendText();
    });
    this.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        self.sendText();
      } else if (event.key === "Escape") {
        self.setReply(null);
        self.closeMenu();
      }
    });
    this.input.addEventListener("input", function () {
      self.autosize();
    });
    this.attachButton.addEventListener("click", function (event) {
      event.stopPropagation();
      if (self.attachMenu.hidden) self.openMenu();
      else self.closeMenu();
    });
    this.attachMenu.addEventListener("click", function (event) {
      event.stopPropagation();
      var button = event.target.closest("button[data-media]");
      if (button) self.sendMedia(button.getAttribute("data-media"));
    });
    document.addEventListener("click", function () {
      self.closeMenu();
    });
    q(this.section, '[data-testid="reply-cancel"]').addEventListener("click", function () {
      self.setReply(null);
      self.input.focus();
    });
    this.blockBox.addEventListener("change", function () {
      self.setBlocked(self.blockBox.checked);
    });
    // Clicking a message (outside its buttons and links) replies to it.
    this.list.addEventListener("click", function (event) {
      if (event.target.closest('[data-testid="button"]')) return;
      var selection = window.getSelection && window.getSelection();
      if (selection && String(selection).length > 0) return; // the user is selecting text
      var node = event.target.closest('[data-testid="message"]');
      if (!node) return;
      self.setReply(Number(node.getAttribute("data-message-id")));
      self.input.focus();
    });
  };

  Phone.prototype.renderChrome = function () {
    var roleText = STRINGS[lang].roles[this.role] || this.role;
    q(this.section, ".phone-name").textContent = this.label;
    q(this.section, ".phone-role").textContent = roleText;
    this.section.setAttribute("aria-label", this.label + " — " + roleText);
    this.section.querySelectorAll("[data-i18n]").forEach(function (node) {
      node.textContent = t(node.getAttribute("data-i18n"));
    });
    this.input.placeholder = t("placeholder");
    this.attachButton.title = t("attachLabel");
    this.attachButton.setAttribute("aria-label", t("attachLabel"));
    q(this.section, '[data-testid="reply-cancel"]').setAttribute("aria-label", t("cancelReply"));
    this.renderReplyBar();
    this.signature = null; // labels like "(edited)" live in the message list too
    this.render(this.messages);
  };

  Phone.prototype.byId = function (messageId) {
    for (var i = 0; i < this.messages.length; i++) {
      if (this.messages[i].message_id === messageId) return this.messages[i];
    }
    return null;
  };

  Phone.prototype.atBottom = function () {
    var list = this.list;
    return list.scrollHeight - list.scrollTop - list.clientHeight <= BOTTOM_SLACK;
  };

  Phone.prototype.scrollToBottom = function () {
    this.list.scrollTop = this.list.scrollHeight;
  };

  Phone.prototype.render = function (messages) {
    var signature = JSON.stringify(messages);
    if (signature === this.signature) return;
    var stick = this.signature === null || this.atBottom();
    var previousTop = this.list.scrollTop;
    this.signature = signature;
    this.messages = messages;

    var fragment = document.createDocumentFragment();
    var visible = messages.filter(function (msg) {
      return !msg.deleted;
    });
    if (visible.length === 0) {
      fragment.appendChild(el("div", "empty", t("empty")));
    }
    for (var i = 0; i < visible.length; i++) {
      fragment.appendChild(this.renderMessage(visible[i]));
    }
    this.list.replaceChildren(fragment);
    if (stick) this.scrollToBottom();
    else this.list.scrollTop = previousTop;
    if (this.replyTo !== null) this.renderReplyBar();
  };

  Phone.prototype.renderMessage = function (msg) {
    var self = this;
    var from = msg.from === "bot" ? "bot" : "user";
    var node = el("div", "msg msg-" + from);
    node.setAttribute("data-testid", "message");
    node.setAttribute("data-from", from);
    node.setAttribute("data-message-id", String(msg.message_id));
    node.title = t("clickToReply");
    if (msg.edited) node.setAttribute("data-edited", "true");
    if (this.replyTo === msg.message_id) node.classList.add("msg-selected");

    var bubble = el("div", "bubble");
    if (msg.forwarded) bubble.appendChild(el("div", "forwarded", "↪ " + t("forwarded")));
    if (msg.reply_to_message_id) {
      var quoted = this.byId(msg.reply_to_message_id);
      var quote = el("div", "quote");
      quote.setAttribute("data-testid", "quote");
      var alive = quoted && !quoted.deleted;
      var author = alive ? (quoted.from === "bot" ? t("bot") : t("you")) : "";
      if (author) quote.appendChild(el("div", "quote-author", author));
      quote.appendChild(el("div", "quote-text", alive ? snippet(quoted) : t("missing")));
      bubble.appendChild(quote);
    }
    if (msg.media) {
      var media = el("div", "media media-" + msg.media, "[" + msg.media + "]");
      media.setAttribute("data-testid", "media");
      bubble.appendChild(media);
    }
    var text = msg.text || msg.caption;
    if (text) {
      var body = el("div", msg.caption && !msg.text ? "text caption" : "text", text);
      body.setAttribute("data-testid", "text");
      bubble.appendChild(body);
    }
    var meta = el("div", "meta");
    if (msg.edited) {
      var edited = el("span", "edited", t("edited"));
      edited.setAttribute("data-testid", "edited");
      meta.appendChild(edited);
    }
    meta.appendChild(el("span", "time", clock(msg.date)));
    bubble.appendChild(meta);
    node.appendChild(bubble);

    var keyboard = msg.reply_markup && msg.reply_markup.inline_keyboard;
    if (keyboard && keyboard.length) {
      var board = el("div", "keyboard");
      keyboard.forEach(function (row) {
        var line = el("div", "keyboard-row");
        (row || []).forEach(function (button) {
          line.appendChild(self.renderButton(msg, button));
        });
        board.appendChild(line);
      });
      node.appendChild(board);
    }
    return node;
  };

  Phone.prototype.renderButton = function (msg, button) {
    var self = this;
    var node;
    if (button.url) {
      node = el("a", "kb-button kb-url", button.text);
      node.href = button.url;
      node.target = "_blank";
      node.rel = "noopener noreferrer";
      node.appendChild(el("span", "kb-arrow", " ↗"));
    } else {
      node = el("button", "kb-button", button.text);
      node.type = "button";
      node.setAttribute("data-callback", button.callback_data || "");
      node.addEventListener("click", function (event) {
        event.stopPropagation();
        self.press(msg.message_id, button.callback_data || "", node);
      });
    }
    node.setAttribute("data-testid", "button");
    return node;
  };

  Phone.prototype.renderReplyBar = function () {
    var target = this.replyTo === null ? null : this.byId(this.replyTo);
    if (this.replyTo !== null && (!target || target.deleted)) {
      this.replyTo = null;
    }
    this.replyBar.hidden = this.replyTo === null;
    q(this.replyBar, ".reply-bar-snippet").textContent = target ? snippet(target) : "";
    var selected = this.replyTo;
    this.list.querySelectorAll('[data-testid="message"]').forEach(function (node) {
      node.classList.toggle("msg-selected", Number(node.getAttribute("data-message-id")) === selected);
    });
  };

  Phone.prototype.setReply = function (messageId) {
    this.replyTo = messageId;
    this.renderReplyBar();
  };

  Phone.prototype.openMenu = function () {
    this.attachMenu.hidden = false;
    this.attachButton.setAttribute("aria-expanded", "true");
  };

  Phone.prototype.closeMenu = function () {
    this.attachMenu.hidden = true;
    this.attachButton.setAttribute("aria-expanded", "false");
  };

  Phone.prototype.autosize = function () {
    this.input.style.height = "auto";
    this.input.style.height = Math.min(this.input.scrollHeight, 120) + "px";
  };

  Phone.prototype.post = function (body) {
    var self = this;
    if (this.replyTo !== null) body.reply_to = this.replyTo;
    return postJSON("/control/send", body).then(
      function () {
        self.setReply(null);
        self.signature = null; // force the next render to stick to the bottom
        refreshSoon();
      },
      function (error) {
        console.error(error);
        self.showToast(t("sendFailed"), true);
        throw error;
      }
    );
  };

  Phone.prototype.sendText = function () {
    var self = this;
    var text = this.input.value;
    if (!text.trim()) return;
    this.input.value = "";
    this.autosize();
    this.post({ user_id: this.userId, text: text }).catch(function () {
      if (!self.input.value) self.input.value = text; // give the text back
    });
    this.input.focus();
  };

  Phone.prototype.sendMedia = function (media) {
    var caption = this.input.value.trim();
    var body = { user_id: this.userId, media: media };
    if (caption) body.caption = caption;
    this.input.value = "";
    this.autosize();
    this.closeMenu();
    this.post(body).catch(function () {});
    this.input.focus();
  };

  Phone.prototype.press = function (messageId, data, node) {
    var self = this;
    if (node.classList.contains("busy")) return;
    node.classList.add("busy");
    postJSON("/control/press", { user_id: this.userId, message_id: messageId, data: data })
      .then(function (result) {
        var answer = result && result.answer;
        if (answer && answer.text) self.showToast(answer.text, Boolean(answer.show_alert));
        refreshSoon();
      })
      .catch(function (error) {
        console.error(error);
        self.showToast(t("pressFailed"), true);
      })
      .then(function () {
        node.classList.remove("busy");
      });
  };

  Phone.prototype.setBlocked = function (blocked) {
    var self = this;
    this.blockBox.disabled = true;
    postJSON("/control/block", { user_id: this.userId, blocked: blocked })
      .then(function () {
        self.blocked = blocked;
      })
      .catch(function (error) {
        console.error(error);
      })
      .then(function () {
        self.blockBox.disabled = false;
        self.blockBox.checked = self.blocked;
        self.section.classList.toggle("is-blocked", self.blocked);
        q(self.section, ".blocked-badge").hidden = !self.blocked;
      });
  };

  Phone.prototype.showToast = function (text, alert) {
    var toast = this.toast;
    toast.textContent = text;
    toast.classList.toggle("toast-alert", Boolean(alert));
    toast.hidden = false;
    toast.classList.remove("toast-out");
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(function () {
      toast.classList.add("toast-out");
      setTimeout(function () {
        toast.hidden = true;
      }, 250);
    }, alert ? 4500 : 2500);
  };

  Phone.prototype.refresh = function () {
    var self = this;
    return getJSON("/control/chats/" + this.userId + "/messages").then(function (answer) {
      self.render((answer && answer.messages) || []);
    });
  };

  // ---------------------------------------------------------------- the page

  var phones = [];
  var lastVersion = null;
  var pollTimer = null;
  var polling = false;
  var forceRefresh = false;
  var status = document.querySelector('[data-testid="status"]');

  function setStatus(state) {
    status.setAttribute("data-state", state);
    status.setAttribute("data-i18n", state);
    status.textContent = t(state);
  }

  function applyLanguage() {
    document.documentElement.lang = t("lang");
    document.title = t("title");
    document.querySelectorAll("header [data-i18n]").forEach(function (node) {
      node.textContent = t(node.getAttribute("data-i18n"));
    });
    var toggle = document.querySelector('[data-testid="lang-toggle"]');
    toggle.textContent = t("toggle");
    toggle.title = lang === "fr" ? "Switch to English" : "Passer en français";
    phones.forEach(function (phone) {
      phone.renderChrome();
    });
  }

  function refreshSoon() {
    forceRefresh = true;
    schedule(0);
  }

  function schedule(delay) {
    clearTimeout(pollTimer);
    pollTimer = setTimeout(poll, delay);
  }

  function poll() {
    if (polling) {
      schedule(POLL_MS);
      return;
    }
    polling = true;
    getJSON("/control/state")
      .then(function (state) {
        setStatus("online");
        var version = state ? state.version : null;
        if (version === lastVersion && !forceRefresh) return null;
        forceRefresh = false;
        return Promise.all(
          phones.map(function (phone) {
            return phone.refresh();
          })
        ).then(function () {
          lastVersion = version;
        });
      })
      .catch(function (error) {
        console.warn(error);
        setStatus("offline");
        lastVersion = null; // re-read everything once the emulator is back
      })
      .then(function () {
        polling = false;
        schedule(POLL_MS);
      });
  }

  function start() {
    document.querySelectorAll("section[data-phone]").forEach(function (section) {
      phones.push(new Phone(section));
    });
    document.querySelector('[data-testid="lang-toggle"]').addEventListener("click", function () {
      lang = lang === "fr" ? "en" : "fr";
      try {
        window.localStorage.setItem("pairline-sandbox-lang", lang);
      } catch (e) {
        /* ignore */
      }
      applyLanguage();
    });
    applyLanguage();
    poll();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
