// A TypeScript transformer for the script-tag bundle: drops the `desc` option of every
// `msg()` call. A description is a note for translators, read by lit-localize from the
// source; at runtime it is dead weight (some fifty sentences). Working on the syntax tree,
// not on minified text, it cannot cut anything but that option.
import ts from 'typescript';

/** `msg('…', {id, desc})` → `msg('…', {id})`; `msg('…', {desc})` → `msg('…')`. */
export const dropMsgDescriptions = () => (context) => {
  const {factory} = context;
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const [text, options] = node.arguments;
      if (options && ts.isObjectLiteralExpression(options)) {
        const kept = options.properties.filter((p) => !(p.name && ts.isIdentifier(p.name) && p.name.text === 'desc'));
        const args = kept.length ? [text, factory.updateObjectLiteralExpression(options, kept)] : [text];
        node = factory.updateCallExpression(node, node.expression, node.typeArguments, args);
      }
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (file) => ts.visitNode(file, visit);
};
