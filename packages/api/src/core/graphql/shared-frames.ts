import type { ExecutionResult, GraphQLLeafType } from 'graphql';

/** A per-subscriber scalar in a shared result: the response key it sits at under the root field, and how it is serialised. */
export interface FrameSlot {
  name: string;
  responseKey: string;
  type: GraphQLLeafType;
}

/** A shared result serialised once, cut where each subscriber's own values go. */
interface FrameTemplate {
  parts: string[];
  slots: FrameSlot[];
}

/** Marks a frame's place in graphql-ws' message text; U+0000 never occurs unescaped in JSON text. */
const MARK = '\\u0000vejapro-frame:';
const MARK_END = '\\u0000';

/**
 * Results that many subscribers receive, serialised once (issue 12). graphql-ws serialises
 * every `next` message per subscriber; for 1,000 subscribers of one finance snapshot that
 * JSON.stringify was a quarter of the fan-out's CPU. A shared result is turned into a template
 * once (its own per-subscriber scalars, such as `sequence`, left as holes); each subscriber's
 * payload is a stand-in whose JSON is a short mark, and the socket's `send` replaces the mark
 * with the template filled with that subscriber's values. Texts wait here only between
 * graphql-ws' stringify and the send that follows it; two generations, turned every 10 s,
 * bound what a send that never happened (a socket closed meanwhile) leaves behind.
 */
export class SharedFrames {
  private readonly templates = new WeakMap<ExecutionResult, FrameTemplate>();
  private current = new Map<number, string>();
  private previous = new Map<number, string>();
  private next = 0;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.timer = setInterval(() => {
      this.previous = this.current;
      this.current = new Map();
    }, 10_000).unref();
  }

  /** The payload graphql-ws sends one subscriber: `result` with `own` values in `slots`, serialised from the shared template. */
  payload(result: ExecutionResult, rootKey: string, slots: FrameSlot[], own: Record<string, unknown>): ExecutionResult {
    const template = this.templateOf(result, rootKey, slots);
    const text = fill(template, own);
    const id = this.next++;
    return {
      ...result,
      // graphql-ws copies the payload's own properties into its message and stringifies that: this is what it writes.
      toJSON: () => {
        this.current.set(id, text);
        return `\u0000vejapro-frame:${id}\u0000`;
      },
    } as ExecutionResult;
  }

  /** A message text with every frame mark replaced by its payload's JSON (unchanged when it has none). */
  expand(message: string): string {
    const start = message.indexOf(`"${MARK}`);
    if (start < 0) return message;
    const end = message.indexOf(`${MARK_END}"`, start + MARK.length + 1);
    const id = Number(message.slice(start + 1 + MARK.length, end));
    const text = this.current.get(id) ?? this.previous.get(id);
    if (text === undefined) return message;
    this.current.delete(id);
    this.previous.delete(id);
    return message.slice(0, start) + text + this.expand(message.slice(end + MARK_END.length + 1));
  }

  close(): void {
    clearInterval(this.timer);
  }

  private templateOf(result: ExecutionResult, rootKey: string, slots: FrameSlot[]): FrameTemplate {
    let template = this.templates.get(result);
    if (!template) this.templates.set(result, (template = cut(result, rootKey, slots)));
    return template;
  }
}

/** The result's JSON with a placeholder at each slot, split there. */
function cut(result: ExecutionResult, rootKey: string, slots: FrameSlot[]): FrameTemplate {
  const root = { ...(result.data![rootKey] as Record<string, unknown>) };
  const present = slots.filter((slot) => slot.responseKey in root);
  present.forEach((slot, i) => (root[slot.responseKey] = `\u0001${i}\u0001`));
  const text = JSON.stringify({ ...result, data: { ...result.data, [rootKey]: root } });
  const parts = text.split(/"\\u0001\d+\\u0001"/);
  // The slots in the order their holes appear in the text.
  const order = [...text.matchAll(/"\\u0001(\d+)\\u0001"/g)].map((match) => present[Number(match[1])]!);
  return { parts, slots: order };
}

function fill(template: FrameTemplate, own: Record<string, unknown>): string {
  let text = template.parts[0]!;
  template.slots.forEach((slot, i) => {
    const value = own[slot.name];
    text += JSON.stringify(value == null ? null : slot.type.serialize(value)) + template.parts[i + 1]!;
  });
  return text;
}
