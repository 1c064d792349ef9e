// The page's only script: it calls the public API (POST /v1/summarize) and draws the answer.
// No framework and no build step; text is inserted as text nodes, never as HTML.
"use strict";

const form = document.getElementById("summarize-form");
const articles = document.getElementById("articles");
const template = document.getElementById("article-template");
const errorBox = document.getElementById("error");
const result = document.getElementById("result");

function addArticle() {
  const node = template.content.firstElementChild.cloneNode(true);
  node.querySelector(".remove").addEventListener("click", () => {
    node.remove();
    renumber();
  });
  articles.appendChild(node);
  renumber();
  return node;
}

function renumber() {
  articles.querySelectorAll(".article-number").forEach((span, i) => { span.textContent = String(i + 1); });
}

// The request body: one article as {title, text}, several as a merged set {articles: [...]}.
function requestBody() {
  const given = [...articles.querySelectorAll(".article")]
    .map((node) => ({ title: node.querySelector("[name=title]").value.trim() || null,
                      text: node.querySelector("[name=text]").value }))
    .filter((article) => article.text.trim() !== "");
  const body = given.length === 1 ? { ...given[0] } : { articles: given };
  const length = document.getElementById("length").value;
  const unit = document.getElementById("unit").value;
  if (length !== "") body[unit] = unit === "ratio" ? Number(length) / 100 : Number(length);
  body.method = document.getElementById("method").value;
  return { body, sent: given };
}

async function summarize(event) {
  event.preventDefault();
  clearErrors();
  const { body, sent } = requestBody();
  if (sent.length === 0) {
    showError("Paste the text of at least one article.");
    return;
  }
  const button = document.getElementById("submit");
  button.disabled = true;
  button.textContent = "Summarizing…";
  try {
    const response = await fetch(form.dataset.endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => null);
    if (!response.ok) {
      showError(describeError(answer, response));
      return;
    }
    showResult(answer, sent);
  } catch (err) {
    showError("The service could not be reached. Check that it is running, then try again.");
  } finally {
    button.disabled = false;
    button.textContent = "Summarize";
  }
}

function describeError(answer, response) {
  const error = answer && answer.error;
  if (!error) return { message: `The service answered ${response.status} ${response.statusText}.` };
  return { message: error.message, field: error.field };
}

// The input an API error's field points at: "sentences" is the length, "articles.1.text" the second
// article's text (as sent: empty articles are left out, so the index counts the filled ones).
function inputFor(field) {
  if (!field) return null;
  if (["sentences", "words", "ratio"].includes(field)) return document.getElementById("length");
  if (field === "method") return document.getElementById("method");
  const match = /^(?:articles\.(\d+)\.)?(text|title)$/.exec(field);
  if (!match) return null;
  const filled = [...articles.querySelectorAll(".article")]
    .filter((node) => node.querySelector("[name=text]").value.trim() !== "");
  const article = filled[Number(match[1] || 0)];
  return article ? article.querySelector(`[name=${match[2]}]`) : null;
}

function showError(error) {
  const { message, field } = typeof error === "string" ? { message: error } : error;
  errorBox.textContent = message;
  errorBox.hidden = false;
  result.hidden = true;
  const input = inputFor(field);
  if (input) input.setAttribute("aria-invalid", "true");
  errorBox.scrollIntoView({ behavior: "smooth", block: "center" });
}

function clearErrors() {
  errorBox.hidden = true;
  form.querySelectorAll("[aria-invalid]").forEach((input) => input.removeAttribute("aria-invalid"));
}

function showResult(answer, sent) {
  document.getElementById("headline").textContent = answer.headline || "";
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
  document.getElementById("sources").replaceChildren(...sent.map((article, index) =>
    sourceView(texts[index] || article.text, answer.titles[index], index, sent.length, answer.brief)));
  result.hidden = false;
  result.scrollIntoView({ behavior: "smooth", block: "start" });
}

// One source article with its chosen sentences in <mark>. The API's offsets count Unicode code points
// (Python string indices), so the text is sliced as an array of code points, not UTF-16 units.
function sourceView(text, title, index, count, brief) {
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
  box.append(heading, body);
  return box;
}

async function loadMethods() {
  const select = document.getElementById("method");
  try {
    const response = await fetch(form.dataset.methods, { headers: { Accept: "application/json" } });
    if (!response.ok) return;  // the default method stays available
    const { methods, default: chosen } = await response.json();
    select.replaceChildren(...methods.map((name) => new Option(name, name, name === chosen, name === chosen)));
  } catch (err) {
    // Offline or the service restarting: keep the default method.
  }
}

function limitLength() {
  const unit = document.getElementById("unit");
  document.getElementById("length").max = unit.selectedOptions[0].dataset.max;
}

document.getElementById("add-article").addEventListener("click", () => addArticle().querySelector("textarea").focus());
document.getElementById("unit").addEventListener("change", limitLength);
form.addEventListener("submit", summarize);
addArticle();
limitLength();
loadMethods();
