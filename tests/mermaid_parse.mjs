// What Mermaid's own journey parser makes of the text on stdin, as JSON on stdout.
// Run by tests/test_mermaid.py with NODE_PATH pointing at an installed `mermaid`
// (and `jsdom`, which Mermaid needs for a DOM even to parse).
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.join(process.env.NODE_PATH.split(path.delimiter)[0], "x.js"));
const { JSDOM } = require("jsdom");
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import(require.resolve("mermaid"));

let text = "";
for await (const chunk of process.stdin) text += chunk;
try {
  await mermaid.parse("journey\n", { suppressErrors: true }); // registers the diagrams
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db;
  console.log(JSON.stringify({
    type: diagram.type,
    title: db.getDiagramTitle(),
    sections: db.getSections(),
    tasks: db.getTasks().map((t) => ({
      section: t.section, task: t.task, score: t.score, people: t.people,
    })),
  }));
} catch (e) {
  console.log(JSON.stringify({ error: String((e && e.message) || e) }));
}
