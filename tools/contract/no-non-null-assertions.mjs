// Fails when the scenario uses a non-null assertion (`x!`): the client must type-check on the document's own word.
import { readFileSync } from "node:fs";
import ts from "typescript";

const file = "scenario.ts";
const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
const found = [];
const visit = (node) => {
  if (node.kind === ts.SyntaxKind.NonNullExpression) {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1}: ${node.getText()}`);
  }
  ts.forEachChild(node, visit);
};
visit(source);
if (found.length > 0) {
  console.error(`Non-null assertions are not allowed:\n${found.join("\n")}`);
  process.exit(1);
}
console.log(`${file}: no non-null assertions`);
