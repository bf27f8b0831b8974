// A made-up test scenario (the harbour talks, not a real event): its rules and content
// (scenario.json, every fact a made-up FIX-n) and its messages in English and Bahasa Indonesia.
// The tests play it to show that the engine takes any scenario as data; no player is offered it.
import { makeBundle } from '../../engine/scenario/bundle';
import en from './messages.en.json';
import id from './messages.id.json';
import raw from './scenario.json';

export const bundle = makeBundle(raw, { en, id });
