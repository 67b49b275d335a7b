/**
 * A message with `code` and **strong** spans, rendered as <code> and <strong>: the markup stays in
 * the message, where a translation can move it, instead of splitting the sentence into pieces.
 */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {text.split(/(`[^`]+`|\*\*[^*]+\*\*)/).map((part, index) => {
        // split() with a capture group puts the spans at the odd indices.
        if (index % 2 === 0) return part;
        return part.startsWith('`') ? (
          <code key={index}>{part.slice(1, -1)}</code>
        ) : (
          <strong key={index}>{part.slice(2, -2)}</strong>
        );
      })}
    </>
  );
}
