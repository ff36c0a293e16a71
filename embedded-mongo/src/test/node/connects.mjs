// Connects with the official Node.js driver, writes and reads back one document, prints what the server reported.
// Usage: node connects.mjs <connection string> <database>
import { MongoClient } from 'mongodb';

const [uri, database] = process.argv.slice(2);
const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
try {
  await client.connect();
  const db = client.db(database);
  const hello = await db.admin().command({ hello: 1 });
  const items = db.collection('node_driver_items');
  await items.insertOne({ _id: 'from-node', text: 'écrit par le pilote Node.js' });
  const found = await items.findOne({ _id: 'from-node' });
  console.log(JSON.stringify({ maxWireVersion: hello.maxWireVersion, text: found.text }));
} finally {
  await client.close();
}
