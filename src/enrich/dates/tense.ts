/** Words before an expression that put its clause in the future: "will meet on Thursday", "is set to vote in May". */
export const FUTURE = /\b(?:will|'ll|shall|next|plans? to|is to|are to|scheduled|expected to|due to|set to|going to)\b/i;
