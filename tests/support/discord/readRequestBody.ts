// @discordjs/rest sends JSON, or multipart/form-data when a message carries files: `files[n]` parts plus the JSON
// body in a `payload_json` part. Both come out here as the same parsed body, with the files listed beside it.
import type { IncomingMessage } from 'node:http';

export interface RecordedFile {
  field: string; // the form field, e.g. files[0]
  name: string;
  contentType: string;
  size: number;
  text: string; // the content as UTF-8, handy for asserting on a generated text file
}

export interface RequestBody {
  body: any;
  files: RecordedFile[];
}

export async function readRequestBody(req: IncomingMessage): Promise<RequestBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const contentType = req.headers['content-type'] ?? '';
  if (contentType.startsWith('multipart/form-data')) return readMultipart(raw, contentType);
  const text = raw.toString('utf8');
  if (text === '') return { body: undefined, files: [] };
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

async function readMultipart(raw: Buffer, contentType: string): Promise<RequestBody> {
  // The fetch API's Response parses multipart bodies, so no form-data dependency is needed.
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  let body: any;
  const files: RecordedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
      else body = { ...body, [field]: value };
      continue;
    }
    const bytes = Buffer.from(await value.arrayBuffer());
    files.push({ field, name: value.name, contentType: value.type, size: bytes.length, text: bytes.toString('utf8') });
  }
  return { body, files };
}
