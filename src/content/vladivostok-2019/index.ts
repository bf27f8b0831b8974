// The Vladivostok 2019 scenario: its rules and content (scenario.json, every fact tied to
// ../shared/content/FACTS.md) and its messages in English and Bahasa Indonesia.
import { makeBundle } from '../../engine/scenario/bundle';
import en from './messages.en.json';
import id from './messages.id.json';
import raw from './scenario.json';

export const bundle = makeBundle(raw, { en, id });
