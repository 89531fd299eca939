/**
 * Words before an expression that put its clause in the future: "will meet on Thursday", "is set to vote in May",
 * "could arrive as soon as Tuesday", "planned to leave on Thursday". Not after "had": "had been due to expire
 * Friday" is a plan of the past.
 */
export const FUTURE = /(?<!\bhad (?:been )?)\b(?:as soon as|as early as|from now (?:to|until)|plann(?:ed|ing) (?:to|for)|would be|will|'ll|shall|next|plans? to|is to|are to|scheduled|expected to|due to|set to|going to)\b/i;
/**
 * A verb in the past tense before an expression: "stepped down … in March", "bought RJR in February". Not a
 * participle of what is still to come ("is expected in December", "to be published in November", "was planned
 * for March"), and not a verb of saying, whose clause may tell of what is to come.
 */
export const PAST = /(?<!\b(?:to|will|would|be|been|is|are|'s|being) )\b(?!(?:expected|planned|scheduled|slated|proposed|supposed|intended|aimed|needed|required|projected|targeted)\b)(?:[a-z]{3,}ed|was|were|had|did|bought|sold|took|made|became|began|rose|fell|won|lost|left|came|went|gave|got|paid|met|ran|saw|spent|brought|grew|built|held|led|wrote)\b(?![^,;]{0,60}\b(?:will|would|to be|expected|until|by)\b)/i;
/**
 * A deadline just before a month or date looks ahead: "payable Dec. 1", "effective Feb. 1", "by January" (unless
 * it has just passed). Not before a weekday: "up until Thursday, they had not…", "had filed reports by Wednesday".
 */
export const DEADLINE = /\b(?:by|effective|payable|until|till)\s+$/i;
