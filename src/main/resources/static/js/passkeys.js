/*
 * Passkeys on the staff desk (the sign-in page and the Passkeys page). A passkey needs the browser's
 * WebAuthn support and so this script; without either, the password and code still sign a person in and
 * the Passkeys page says the browser cannot make one (and shows neither step of adding one).
 * - Sign in: asks the site for a challenge, lets the browser sign it with a passkey for this site (the
 *   person unlocks it with a fingerprint, face, PIN or the device's screen lock), and sends the signed
 *   answer; the site says where to go next, or the page comes back saying it did not work.
 * - Add, in two steps: first the person's password, a code and a name go as a plain form, and the site
 *   checks them. Only then does the page show "Create the passkey": pressing it asks the site for the
 *   options (refused without that confirmation), lets the browser make a passkey, and puts its answer in
 *   the form, which then goes as usual. So a mistyped password or code leaves no passkey on the device.
 *   When the site refuses the options (the confirmation ran out), the form goes empty and the site's page
 *   says to confirm again.
 * Bytes travel as base64url, the shapes Spring Security's WebAuthn support reads and writes.
 */
(function () {
  'use strict';

  function supported() {
    return !!(window.PublicKeyCredential && navigator.credentials && window.fetch && window.JSON);
  }

  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var text = window.atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function post(element, address, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[element.getAttribute('data-csrf-header')] = element.getAttribute('data-csrf');
    return window.fetch(address, {
      method: 'POST',
      headers: headers,
      credentials: 'same-origin',
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      if (!response.ok) {
        var error = new Error('HTTP ' + response.status);
        error.status = response.status;
        throw error;
      }
      return response.json();
    });
  }

  function descriptors(list) {
    return (list || []).map(function (item) {
      return { type: item.type, id: toBytes(item.id), transports: item.transports };
    });
  }

  function signIn(section) {
    var failed = section.getAttribute('data-failed');
    post(section, section.getAttribute('data-options')).then(function (options) {
      var publicKey = {
        challenge: toBytes(options.challenge),
        rpId: options.rpId,
        timeout: options.timeout,
        userVerification: options.userVerification,
        allowCredentials: descriptors(options.allowCredentials)
      };
      return navigator.credentials.get({ publicKey: publicKey });
    }).then(function (credential) {
      var response = credential.response;
      return post(section, section.getAttribute('data-sign-in'), {
        id: credential.id,
        rawId: toBase64url(credential.rawId),
        response: {
          authenticatorData: toBase64url(response.authenticatorData),
          clientDataJSON: toBase64url(response.clientDataJSON),
          signature: toBase64url(response.signature),
          userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined
        },
        type: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment || undefined
      });
    }).then(function (result) {
      window.location.assign(result && result.authenticated && result.redirectUrl ? result.redirectUrl : failed);
    }).catch(function () {
      window.location.assign(failed);
    });
  }

  function add(form, event) {
    var answer = form.querySelector('input[name="credential"]');
    if (answer.value) {
      return;
    }
    event.preventDefault();
    var button = form.querySelector('button[type="submit"]');
    if (button.disabled) {
      return;
    }
    button.disabled = true;
    var problem = document.querySelector('[data-passkey-problem]');
    problem.hidden = true;
    var confirmFirst = false;
    post(form, form.getAttribute('data-options')).catch(function (error) {
      // No good confirmation (it ran out): the browser makes nothing, and the site's page says why.
      confirmFirst = error.status === 403;
      throw error;
    }).then(function (options) {
      var publicKey = {
        rp: options.rp,
        user: { id: toBytes(options.user.id), name: options.user.name, displayName: options.user.displayName },
        challenge: toBytes(options.challenge),
        pubKeyCredParams: options.pubKeyCredParams,
        timeout: options.timeout,
        excludeCredentials: descriptors(options.excludeCredentials),
        authenticatorSelection: options.authenticatorSelection,
        attestation: options.attestation,
        extensions: options.extensions
      };
      return navigator.credentials.create({ publicKey: publicKey });
    }).then(function (credential) {
      var response = credential.response;
      answer.value = JSON.stringify({
        id: credential.id,
        rawId: toBase64url(credential.rawId),
        response: {
          attestationObject: toBase64url(response.attestationObject),
          clientDataJSON: toBase64url(response.clientDataJSON),
          transports: response.getTransports ? response.getTransports() : []
        },
        type: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment || undefined
      });
      form.submit();
    }).catch(function () {
      if (confirmFirst) {
        form.submit();
        return;
      }
      button.disabled = false;
      problem.textContent = form.getAttribute('data-failed');
      problem.hidden = false;
    });
  }

  function start() {
    if (!supported()) {
      return;
    }
    var section = document.querySelector('[data-passkey-sign-in]');
    if (section) {
      section.hidden = false;
      section.querySelector('button').addEventListener('click', function () {
        signIn(section);
      });
    }
    var steps = document.querySelectorAll('[data-passkey-step]');
    Array.prototype.forEach.call(steps, function (step) {
      step.hidden = false;
    });
    if (steps.length) {
      Array.prototype.forEach.call(document.querySelectorAll('[data-passkeys-unsupported]'), function (note) {
        note.hidden = true;
      });
    }
    var form = document.querySelector('[data-passkey-add]');
    if (form) {
      form.addEventListener('submit', function (event) {
        add(form, event);
      });
      var create = document.getElementById('create-passkey');
      if (window.location.hash === '#create-passkey' && !document.querySelector('[data-error-summary]')) {
        create.focus();
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
}());
