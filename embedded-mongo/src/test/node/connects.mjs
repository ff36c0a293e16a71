// Connects with the official Node.js driver, authenticated, writes and reads back one document, prints what the server
// reported; then tries the same without credentials, which the server must refuse.
// Usage: node connects.mjs <authenticated connection string> <connection string without credentials> <database>
import { MongoClient } from 'mongodb';

const [uri, anonymousUri, database] = process.argv.slice(2);
const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
let result;
try {
  await client.connect();
  const db = client.db(database);
  const hello = await db.admin().command({ hello: 1 });
  const items = db.collection('node_driver_items');
  await items.insertOne({ _id: 'from-node', text: 'écrit par le pilote Node.js' });
  const found = await items.findOne({ _id: 'from-node' });
  result = { maxWireVersion: hello.maxWireVersion, text: found.text };
} finally {
  await client.close();
}
const anonymous = new MongoClient(anonymousUri, { serverSelectionTimeoutMS: 5000 });
try {
  await anonymous.db(database).collection('node_driver_items').findOne({ _id: 'from-node' });
  result.anonymous = 'allowed';
} catch (error) {
  result.anonymous = `refused ${error.code} ${error.codeName}`;
} finally {
  await anonymous.close();
}
console.log(JSON.stringify(result));
