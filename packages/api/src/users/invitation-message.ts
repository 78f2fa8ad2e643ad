/** The invitation e-mail, in Lithuanian and English (staff may be either). */
export function invitationEmail(link: string, name: string, validDays: number): { subject: string; body: string } {
  return {
    subject: 'VejaPRO: sukurkite slaptažodį / set your password',
    body: [
      `Sveiki, ${name},`,
      '',
      'jums sukurta VejaPRO paskyra. Susikurkite slaptažodį paspaudę nuorodą:',
      link,
      `Nuoroda galioja ${validDays} d. ir tinka vieną kartą.`,
      '',
      `Hello ${name}, a VejaPRO account was created for you. Set your password with the link above;`,
      `it works once and expires in ${validDays} days.`,
      '',
      'VejaPRO komanda',
    ].join('\n'),
  };
}
