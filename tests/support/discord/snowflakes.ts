// Discord ids are snowflakes: the creation time sits in the high bits, so discord.js reads `createdAt` from them and
// sorts messages by them. The stand-in hands out real-looking, strictly increasing ones.
const DISCORD_EPOCH = 1_420_070_400_000n;

export type NextSnowflake = () => string;

export function createSnowflakes(): NextSnowflake {
  let last = 0n;
  return () => {
    const fromClock = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
    last = fromClock > last ? fromClock : last + 1n;
    return last.toString();
  };
}
