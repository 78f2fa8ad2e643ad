/** Texts the client receives, in Lithuanian. */

export function confirmationSms(token: string, ttlHours: number): string {
  return `VejaPRO: ačiū už apmokėjimą! Patvirtinkite darbų užbaigimą atsakydami į šią žinutę: TAIP ${token}. Kodas galioja ${ttlHours} val.`;
}

export function confirmationEmail(link: string, clientName: string, ttlHours: number): { subject: string; body: string } {
  return {
    subject: 'VejaPRO: patvirtinkite darbų užbaigimą',
    body: [
      `Sveiki, ${clientName},`,
      '',
      'ačiū už galutinį apmokėjimą. Patvirtinkite, kad darbai užbaigti, paspaudę nuorodą ir mygtuką „Patvirtinti“:',
      link,
      '',
      `Nuoroda galioja ${ttlHours} val. Jei turite klausimų, tiesiog atsakykite į šį laišką.`,
      '',
      'VejaPRO komanda',
    ].join('\n'),
  };
}

export const SMS_REPLY = {
  confirmed: 'Ačiū! Darbų užbaigimas patvirtintas, jūsų projektas aktyvuotas.',
  refused: 'Atsiprašome, kodas neteisingas arba nebegalioja. Patikrinkite kodą arba susisiekite su VejaPRO.',
  notUnderstood: 'Sveiki! Norėdami patvirtinti darbų užbaigimą, atsakykite: TAIP ir kodą iš mūsų žinutės.',
} as const;
