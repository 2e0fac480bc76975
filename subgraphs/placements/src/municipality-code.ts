/** SQL check shared by every table that attributes a row to the client's municipality (CBS code). */
export const municipalityCodeCheck = (column: string) => `${column} ~ '^GM[0-9]{4}$'`;
