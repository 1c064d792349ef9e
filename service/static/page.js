// The page's only script: it calls the public API (POST /v1/summarize, GET /v1/methods) and draws the
// answer. No framework and no build step; text is inserted as text nodes, never as HTML.
"use strict";

const form = document.getElementById("summarize-form");
const articles = document.getElementById("articles");
const template = document.getElementById("article-template");
const errorBox = document.getElementById("error");
const result = document.getElementById("result");
const unitNames = { sentences: "sentences", words: "words", ratio: "% of the sentences" };
let lastAnswer = null;

// --- the form -------------------------------------------------------------------------------------

function addArticle() {
  const node = template.content.firstElementChild.cloneNode(true);
  node.querySelector(".remove").addEventListener("click", () => {
    const next = node.nextElementSibling || node.previousElementSibling;
    node.remove();
    renumber();
    if (next) next.querySelector("textarea").focus();
  });
  node.querySelector("[name=kind]").addEventListener("change", () => showKind(node));
  articles.appendChild(node);
  renumber();
  return node;
}

function renumber() {
  articles.querySelectorAll(".article-number").forEach((span, i) => { span.textContent = String(i + 1); });
}

// What the article box takes: text, an HTML page (the same box) or a web address (its own input).
function showKind(node) {
  const kind = node.querySelector("[name=kind]").value;
  const label = node.querySelector(".source-input");
  label.hidden = kind === "url";
  node.querySelector(".url-input").hidden = kind !== "url";
  label.firstChild.textContent = kind === "html" ? "HTML of the page" : "Text";
  node.querySelector("textarea").placeholder =
    kind === "html" ? "Paste the page's HTML here (<html>...)" : "Paste the article text here";
}

// The articles as the API takes them: {title, text}, {title, html} or {title, url}; empty ones left out.
function givenArticles() {
  return [...articles.querySelectorAll(".article")].map((node, index) => {
    const kind = node.querySelector("[name=kind]").value;
    const value = kind === "url" ? node.querySelector("[name=url]").value.trim()
                                 : node.querySelector("[name=text]").value;
    const title = node.querySelector("[name=title]").value.trim() || null;
    return { node, index, kind, value, title };
  }).filter((article) => article.value.trim() !== "");
}

// The length in the person's terms, or a message about it in the same terms.
function readLength() {
  const input = document.getElementById("length");
  const unit = document.getElementById("unit").value;
  const typed = input.value.trim();
  if (typed === "" && !input.validity.badInput) return { unit, value: null };
  const number = Number(typed);
  const max = Number(document.getElementById("unit").selectedOptions[0].dataset.max);
  if (unit === "ratio") {
    if (!(number > 0 && number <= 100)) {
      return { error: `The length in % of the sentences must be more than 0% and at most 100%, not ${typed || "that"}%.` };
    }
    return { unit, value: number / 100 };
  }
  if (!Number.isInteger(number) || number < 1 || number > max) {
    return { error: `The length in ${unitNames[unit]} must be a whole number from 1 to ${max}, not ${typed || "that"}.` };
  }
  return { unit, value: number };
}

function requestBody(given, length) {
  const fields = given.map((a) => ({ title: a.title, [a.kind]: a.value }));
  const body = fields.length === 1 ? { ...fields[0] } : { articles: fields };
  if (length.value !== null) body[length.unit] = length.value;
  body.method = document.getElementById("method").value;
  const language = document.getElementById("language").value;
  if (language) body.language = language;
  return body;
}

async function summarize(event) {
  event.preventDefault();
  clearErrors();
  const given = givenArticles();
  if (given.length === 0) {
    showError({ message: "Paste the text of at least one article, or try the sample.", input: articles.querySelector("textarea") });
    return;
  }
  const length = readLength();
  if (length.error) {
    showError({ message: length.error, input: document.getElementById("length") });
    return;
  }
  const button = document.getElementById("submit");
  button.disabled = true;
  button.textContent = "Summarizing…";
  try {
    const response = await fetch(form.dataset.endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(requestBody(given, length)),
    });
    const answer = await response.json().catch(() => null);
    if (!response.ok) {
      showError(describeError(answer, response, given));
      return;
    }
    showResult(answer, given);
  } catch (err) {
    showError({ message: "The service could not be reached. Check that it is running, then try again." });
  } finally {
    button.disabled = false;
    button.textContent = "Summarize";
  }
}

// --- errors, in the terms the person used ---------------------------------------------------------

// An API error's field names a request field: "sentences" is the length box, "articles.1.url" the
// web address of the second filled article. The message says which article, as the page numbers them.
function describeError(answer, response, given) {
  const error = answer && answer.error;
  if (!error) return { message: `The service answered ${response.status} ${response.statusText}.` };
  const field = error.field || "";
  if (["sentences", "words", "ratio"].includes(field)) {
    const length = readLength();
    return { message: length.error || error.message, input: document.getElementById("length") };
  }
  if (field === "method" || field === "language") {
    return { message: error.message, input: document.getElementById(field) };
  }
  const match = /^(?:articles\.(\d+)\.)?(text|html|url|title)$/.exec(field);
  if (!match) return { message: error.message };
  const article = given[Number(match[1] || 0)];
  if (!article) return { message: error.message };
  const input = article.node.querySelector(match[2] === "title" ? "[name=title]" : match[2] === "url" ? "[name=url]" : "[name=text]");
  const where = given.length > 1 || match[1] ? `Article ${article.index + 1}: ` : "";
  // The API tells a program which field to send instead; a person pastes the text instead.
  const message = error.message.replace(/; give the article's text instead.*$/, "; paste the article's text instead.");
  return { message: where + message, input };
}

function showError({ message, input }) {
  errorBox.textContent = message;
  errorBox.hidden = false;
  result.hidden = true;
  if (input) {
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-errormessage", "error");
  }
  // An instant scroll: a smooth one (an animation) was left short of the message now and then in CI.
  (input || errorBox).focus({ preventScroll: true });
  errorBox.scrollIntoView({ block: "center" });
}

function clearErrors() {
  errorBox.hidden = true;
  form.querySelectorAll("[aria-invalid]").forEach((input) => {
    input.removeAttribute("aria-invalid");
    input.removeAttribute("aria-errormessage");
  });
}

// --- the answer -----------------------------------------------------------------------------------

function showResult(answer, given) {
  lastAnswer = answer;
  document.getElementById("headline").textContent = answer.headline || "";
  const chosen = document.getElementById("language").value;
  document.getElementById("about").textContent =
    `Language: ${answer.language} (${chosen ? "as chosen" : "detected"})` +
    (answer.warning ? `. Warning: ${answer.warning}` : "");
  document.getElementById("copied").textContent = "";
  const brief = document.getElementById("brief");
  brief.replaceChildren(...answer.brief.map((sentence, rank) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = `#s-${rank + 1}`;
    link.textContent = sentence.text;
    item.appendChild(link);
    return item;
  }));
  document.getElementById("keyphrases").replaceChildren(...answer.keyphrases.map((phrase) => {
    const chip = document.createElement("li");
    chip.textContent = phrase;
    return chip;
  }));
  const s = answer.stats;
  document.getElementById("stats").textContent =
    `${s.articles} article${s.articles === 1 ? "" : "s"}, ${s.sentences_in} sentences, ` +
    `${s.words_in} words read in ${Math.round(s.elapsed_ms)} ms · method ${answer.method}`;
  const texts = answer.extracted || [];
  document.getElementById("sources").replaceChildren(...given.map((article, index) =>
    sourceView(texts[index] ?? article.value, answer.titles[index], (answer.metadata || [])[index],
               index, given.length, answer.brief)));
  result.hidden = false;
  document.getElementById("headline").focus({ preventScroll: true });
  result.scrollIntoView({ block: "start" });
}

// "Jane Smith · York Press · 2025-04-23", and the page's address as a link.
function byline(meta) {
  const line = document.createElement("p");
  line.className = "byline help";
  if (!meta) return line;
  line.textContent = ["author", "site_name", "date"].map((k) => meta[k]).filter(Boolean).join(" · ");
  if (meta.url) {
    const link = document.createElement("a");
    link.href = meta.url;
    link.rel = "noopener noreferrer";
    link.textContent = meta.url;
    line.append(line.textContent ? " · " : "", link);
  }
  return line;
}

// One source article with its chosen sentences in <mark>. The API's offsets count Unicode code points
// (Python string indices), so the text is sliced as an array of code points, not UTF-16 units.
function sourceView(text, title, meta, index, count, brief) {
  const box = document.createElement("article");
  box.className = "source";
  const heading = document.createElement("h4");
  heading.textContent = title || (count > 1 ? `Article ${index + 1}` : "Article");
  const body = document.createElement("p");
  body.className = "source-text";
  const chars = Array.from(text);
  let at = 0;
  brief
    .map((sentence, rank) => ({ ...sentence, rank: rank + 1 }))
    .filter((sentence) => sentence.article === index)
    .sort((a, b) => a.start - b.start)
    .forEach((sentence) => {
      body.append(chars.slice(at, sentence.start).join(""));
      const mark = document.createElement("mark");
      mark.id = `s-${sentence.rank}`;
      mark.dataset.rank = String(sentence.rank);
      mark.title = `Brief sentence ${sentence.rank}, score ${sentence.score.toFixed(3)}`;
      mark.textContent = chars.slice(sentence.start, sentence.end).join("");
      body.append(mark);
      at = sentence.end;
    });
  body.append(chars.slice(at).join(""));
  box.append(heading, byline(meta), body);
  return box;
}

// --- copying the brief ----------------------------------------------------------------------------

// The same shapes as the CLI's text and markdown formats.
function briefAs(format, answer) {
  const lines = [];
  if (format === "markdown") {
    if (answer.headline) lines.push(`**${answer.headline}**`, "");
    answer.brief.forEach((s) => lines.push(`- ${s.text}`));
    if (answer.keyphrases.length) lines.push("", `*Keyphrases:* ${answer.keyphrases.join(", ")}`);
  } else {
    if (answer.headline) lines.push(answer.headline, "");
    answer.brief.forEach((s) => lines.push(`* ${s.text}`));
    if (answer.keyphrases.length) lines.push("", `keyphrases: ${answer.keyphrases.join(", ")}`);
  }
  return lines.join("\n") + "\n";
}

async function copyBrief(format) {
  const text = briefAs(format, lastAnswer);
  const status = document.getElementById("copied");
  try {
    await navigator.clipboard.writeText(text);
  } catch (err) {
    // No clipboard API (a page served over plain HTTP on another host): copy through a selection.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.appendChild(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    if (!copied) {
      status.textContent = "Copying is blocked here; select the brief and copy it by hand.";
      return;
    }
  }
  status.textContent = format === "markdown" ? "Copied as Markdown." : "Copied as text.";
}

// --- methods, the sample, the keyboard ------------------------------------------------------------

let descriptions = {};

async function loadMethods() {
  const select = document.getElementById("method");
  try {
    const response = await fetch(form.dataset.methods, { headers: { Accept: "application/json" } });
    if (!response.ok) return;  // the default method stays available
    const answer = await response.json();
    descriptions = answer.descriptions || {};
    select.replaceChildren(...answer.methods.map((name) => {
      const option = new Option(name, name, name === answer.default, name === answer.default);
      option.title = descriptions[name] || "";
      return option;
    }));
    const list = document.getElementById("method-list");
    list.replaceChildren(...answer.methods.flatMap((name) => {
      const term = document.createElement("dt");
      term.textContent = name;
      const line = document.createElement("dd");
      line.textContent = descriptions[name] || "";
      return [term, line];
    }));
  } catch (err) {
    // Offline or the service restarting: keep the default method.
  }
  describeMethod();
}

function describeMethod() {
  const name = document.getElementById("method").value;
  document.getElementById("method-help").textContent = descriptions[name] ? `${name}: ${descriptions[name]}` : "";
}

async function trySample() {
  const response = await fetch(form.dataset.sample, { headers: { Accept: "application/json" } });
  if (!response.ok) return;
  const sample = await response.json();
  const node = articles.querySelector(".article") || addArticle();
  node.querySelector("[name=kind]").value = "text";
  showKind(node);
  node.querySelector("[name=title]").value = sample.title;
  node.querySelector("[name=text]").value = sample.text;
  form.requestSubmit();
}

function limitLength() {
  const unit = document.getElementById("unit");
  document.getElementById("length").max = unit.selectedOptions[0].dataset.max;
}

document.getElementById("add-article").addEventListener("click", () => addArticle().querySelector("textarea").focus());
document.getElementById("unit").addEventListener("change", limitLength);
document.getElementById("method").addEventListener("change", describeMethod);
document.getElementById("try-sample").addEventListener("click", trySample);
document.getElementById("copy-text").addEventListener("click", () => copyBrief("text"));
document.getElementById("copy-markdown").addEventListener("click", () => copyBrief("markdown"));
form.addEventListener("keydown", (event) => {  // Ctrl+Enter (Cmd+Enter) summarizes from any field
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    form.requestSubmit();
  }
});
form.addEventListener("submit", summarize);
addArticle();
limitLength();
loadMethods();
