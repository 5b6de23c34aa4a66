// Child process for the signing-key race test: loads (or creates) the key in the data folder given and prints it.
import { loadOrCreateSigningKey } from '../../../main/core/certificates/signingKeyStore';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: keyRaceWorker <dataDir>');
process.stdout.write(`${loadOrCreateSigningKey(dataDir, Date.now()).did}\n`);
