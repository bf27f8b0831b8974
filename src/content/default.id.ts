// The default scenario's texts in Bahasa Indonesia (./default.ts), in the page's Indonesian chunk.
import id from './vladivostok-2019/messages.id.json';

export const messages = id;
