// earchive serve: the clerk page. Plain JavaScript, no library: everything this page runs is served by earchive.
'use strict';

const texts = JSON.parse(document.getElementById('texts').textContent);
const lang = document.body.dataset.lang;
const maxUpload = Number(document.body.dataset.maxUpload);
const tokenRequired = document.body.dataset.tokenRequired === 'true';
const jobsList = document.getElementById('jobs');
const polling = new Set();

function el(tag, attributes, children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'text') { node.textContent = value; } else { node.setAttribute(name, value); }
  });
  (children || []).forEach(child => node.appendChild(child));
  return node;
}

function megabytes(bytes) {
  return bytes >= 1048576 ? Math.floor(bytes / 1048576) + ' MB' : bytes + ' B';
}

function withLang(url) {
  return url + (url.indexOf('?') < 0 ? '?' : '&') + 'lang=' + lang;
}

function action() {
  return document.querySelector('input[name="action"]:checked').value;
}

// ---- a ZIP of a folder, made here (stored, not compressed: the documents are compressed already, and this keeps
// the page small); names in UTF-8 (flag bit 11) so that Vietnamese file names arrive as they are

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) { c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; }
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let crc = 0xFFFFFFFF;
  for (let i = 0; i < bytes.length; i++) { crc = CRC_TABLE[(crc ^ bytes[i]) & 0xFF] ^ (crc >>> 8); }
  return (crc ^ 0xFFFFFFFF) >>> 0;
}

function dosDateTime(ms) {
  const d = new Date(ms);
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate()
  };
}

async function zipFolder(entries) { // entries: [{path, file}]
  const encoder = new TextEncoder();
  const parts = [];
  const central = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.path);
    const data = new Uint8Array(await entry.file.arrayBuffer());
    const crc = crc32(data);
    const when = dosDateTime(entry.file.lastModified || Date.now());
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true); local.setUint16(4, 20, true); local.setUint16(6, 0x0800, true);
    local.setUint16(8, 0, true); local.setUint16(10, when.time, true); local.setUint16(12, when.date, true);
    local.setUint32(14, crc, true); local.setUint32(18, data.length, true); local.setUint32(22, data.length, true);
    local.setUint16(26, name.length, true); local.setUint16(28, 0, true);
    parts.push(local.buffer, name, entry.file);
    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true); record.setUint16(4, 20, true); record.setUint16(6, 20, true);
    record.setUint16(8, 0x0800, true); record.setUint16(10, 0, true); record.setUint16(12, when.time, true);
    record.setUint16(14, when.date, true); record.setUint32(16, crc, true); record.setUint32(20, data.length, true);
    record.setUint32(24, data.length, true); record.setUint16(28, name.length, true);
    record.setUint32(42, offset, true);
    central.push(record.buffer, name);
    offset += 30 + name.length + data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + (part.byteLength || part.length), 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true); end.setUint16(8, entries.length, true); end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true); end.setUint32(16, offset, true);
  return new Blob(parts.concat(central, [end.buffer]), {type: 'application/zip'});
}

// ---- sending

function addCard(name) {
  document.getElementById('no-jobs').hidden = true;
  const card = el('li', {class: 'job queued'}, [
    el('h3', {text: name}),
    el('p', {class: 'state', text: texts.uploading + '…'}),
    el('progress', {max: '100', value: '0'}),
    el('p', {class: 'message'}),
    el('div', {class: 'documents'}),
    el('p', {class: 'links'})
  ]);
  jobsList.insertBefore(card, jobsList.firstChild);
  return card;
}

function showError(card, message) {
  card.className = 'job error';
  card.querySelector('.state').textContent = texts.failed;
  card.querySelector('.message').textContent = message;
  card.querySelector('progress').hidden = true;
}

function send(kind, name, blob) {
  const card = addCard(name);
  if (blob.size > maxUpload) {
    showError(card, name + ' (' + megabytes(blob.size) + ') ' + texts.tooLarge + ' (' + megabytes(maxUpload) + ').');
    return;
  }
  const request = new XMLHttpRequest();
  request.open('POST', withLang('/' + kind + '?name=' + encodeURIComponent(name)));
  request.setRequestHeader('Content-Type', 'application/octet-stream');
  request.upload.onprogress = event => {
    if (event.lengthComputable) { card.querySelector('progress').value = Math.round(100 * event.loaded / event.total); }
  };
  request.onerror = () => showError(card, texts.network);
  request.onload = () => {
    let body = null;
    try { body = JSON.parse(request.responseText); } catch (e) { body = {message: request.statusText}; }
    if (request.status !== 202) {
      if (request.status === 401) { showSignIn(); }
      showError(card, body.message);
      return;
    }
    card.id = 'job-' + body.id;
    render(body);
    poll(body.id);
  };
  request.send(blob);
}

async function sendFolder(folderName, entries) {
  if (entries.length === 0) {
    showError(addCard(folderName), texts.folderEmpty);
    return;
  }
  const card = addCard(folderName);
  card.querySelector('.state').textContent = texts.zipping + '…';
  const zip = await zipFolder(entries);
  card.remove();
  send(action(), folderName + '.zip', zip);
}

function sendFiles(files) {
  Array.from(files).forEach(file => send(action(), file.name, file));
}

document.getElementById('files').addEventListener('change', event => {
  sendFiles(event.target.files);
  event.target.value = '';
});

document.getElementById('folder').addEventListener('change', event => {
  const files = Array.from(event.target.files);
  if (files.length > 0) {
    const top = files[0].webkitRelativePath.split('/')[0];
    sendFolder(top, files.map(file => ({path: file.webkitRelativePath, file: file})));
  }
  event.target.value = '';
});

// dropped folders are walked with the entries API (the same one the folder chooser uses underneath)
function readEntries(reader) {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry, prefix, found) {
  if (entry.isFile) {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    found.push({path: prefix + entry.name, file: file});
  } else if (entry.isDirectory) {
    const reader = entry.createReader();
    for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
      for (const child of batch) { await walk(child, prefix + entry.name + '/', found); }
    }
  }
}

const drop = document.getElementById('drop');
drop.addEventListener('dragover', event => { event.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', async event => {
  event.preventDefault();
  drop.classList.remove('over');
  const entries = Array.from(event.dataTransfer.items || []).map(item => item.webkitGetAsEntry && item.webkitGetAsEntry());
  const files = Array.from(event.dataTransfer.files);
  for (let i = 0; i < files.length; i++) {
    if (entries[i] && entries[i].isDirectory) {
      const found = [];
      await walk(entries[i], '', found);
      sendFolder(entries[i].name, found);
    } else {
      send(action(), files[i].name, files[i]);
    }
  }
});

// ---- the jobs

function render(job) {
  let card = document.getElementById('job-' + job.id);
  if (!card) {
    card = addCard(job.name);
    card.id = 'job-' + job.id;
  }
  card.className = 'job ' + job.state;
  const planned = job.progress.planned;
  let state = job.stateText;
  if (planned !== null && job.kind === 'convert') {
    state += ' — ' + job.progress.done + ' ' + texts.of + ' ' + planned + ' ' + texts.documents;
  }
  if (job.ingest) {
    state += ' — ' + job.ingest.outcomeText;
  }
  card.querySelector('.state').textContent = state;
  const progress = card.querySelector('progress');
  progress.hidden = job.state !== 'queued' && job.state !== 'running';
  if (planned) { progress.max = planned; progress.value = job.progress.done; } else { progress.removeAttribute('value'); }
  card.querySelector('.message').textContent = job.message || (job.ingest ? job.ingest.reasons.join(' ') : '');
  const rows = job.documents.map(doc => el('tr', {}, [
    el('td', {text: doc.source}),
    el('td', {class: doc.success ? 'ok' : 'problem', text: doc.statusText + (doc.pdfaLevel ? ' (' + doc.pdfaLevel + ')' : '')}),
    el('td', {text: [doc.message].concat(doc.warnings).filter(Boolean).join(' ')}),
    el('td', {}, doc.outputs.map(output => el('a', {href: output.href, download: '', text: output.path.split('/').pop()})))
  ]));
  const documents = card.querySelector('.documents');
  documents.replaceChildren();
  if (rows.length > 0) {
    documents.appendChild(el('table', {}, [
      el('thead', {}, [el('tr', {}, [texts.colDocument, texts.colStatus, texts.colMessage, texts.colFiles].map(t => el('th', {text: t})))]),
      el('tbody', {}, rows)
    ]));
  }
  const links = card.querySelector('.links');
  if (job.links.report && links.childElementCount === 0) {
    if (job.kind === 'convert') {
      const show = el('button', {type: 'button', class: 'show-report', text: texts.report});
      show.addEventListener('click', () => {
        let frame = card.querySelector('iframe.report');
        if (!frame) {
          frame = el('iframe', {class: 'report', title: texts.report, src: job.links.report});
          card.appendChild(frame);
        } else {
          frame.hidden = !frame.hidden;
        }
      });
      links.appendChild(show);
    } else {
      links.appendChild(el('a', {href: job.links.report, target: '_blank', text: texts.receipt}));
    }
    links.appendChild(el('a', {class: 'download', href: job.links.download, download: '', text: texts.download}));
  }
  if (job.state !== 'queued' && job.state !== 'running' && !links.querySelector('.remove')) {
    const remove = el('button', {type: 'button', class: 'remove secondary', text: texts.remove});
    remove.addEventListener('click', async () => {
      const response = await fetch('/jobs/' + job.id, {method: 'DELETE'});
      if (response.ok || response.status === 404) { card.remove(); }
    });
    links.appendChild(remove);
  }
}

function poll(id) {
  if (polling.has(id)) { return; }
  polling.add(id);
  const tick = async () => {
    try {
      const response = await fetch(withLang('/jobs/' + id));
      if (response.status === 404) { polling.delete(id); return; }
      const job = await response.json();
      if (!response.ok) { polling.delete(id); return; }
      render(job);
      if (job.state === 'queued' || job.state === 'running') { setTimeout(tick, 1000); } else { polling.delete(id); }
    } catch (e) {
      setTimeout(tick, 3000);
    }
  };
  tick();
}

async function loadJobs() {
  const response = await fetch(withLang('/jobs'));
  if (response.status === 401) { showSignIn(); return; }
  document.getElementById('signin').hidden = true;
  const body = await response.json();
  body.jobs.slice().reverse().forEach(job => {
    render(job);
    if (job.state === 'queued' || job.state === 'running') { poll(job.id); }
  });
}

function showSignIn() {
  document.getElementById('signin').hidden = false;
}

document.getElementById('token-form').addEventListener('submit', async event => {
  event.preventDefault();
  const response = await fetch(withLang('/session'), {method: 'POST', body: document.getElementById('token').value});
  const body = await response.json();
  document.getElementById('signin-message').textContent = response.ok ? texts.signedIn : body.message;
  if (response.ok) { loadJobs(); }
});

document.getElementById('limit').textContent = megabytes(maxUpload);
if (tokenRequired) { showSignIn(); }
loadJobs();
