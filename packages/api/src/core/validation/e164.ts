/** International phone numbers as providers expect them: `+` and 7 to 15 digits, e.g. +37060000000. */
export const E164 = /^\+[1-9]\d{6,14}$/;
