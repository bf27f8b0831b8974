// A test agent that never makes a legal move: the runner moves for it after three in a row.
export default function alwaysIllegal() {
  return { type: 'no-such-move' };
}
