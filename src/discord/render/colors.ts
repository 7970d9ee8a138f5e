/** Embed colours: answers, abstentions, moderation and errors are told apart at a glance. */
export const COLORS = { answer: 0x2b6cb0, abstain: 0x718096, summary: 0xc05621, info: 0x2f855a } as const;
