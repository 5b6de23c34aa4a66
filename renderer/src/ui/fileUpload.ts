/** Reads a file the learner chose as base64 (the contract's form for file bytes), without a data: prefix. */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`The file ${file.name} could not be read. Choose it again.`));
    reader.readAsDataURL(file);
  });
}

/** Reads a text file the learner chose (UTF-8). */
export async function readFileText(file: File): Promise<string> {
  try {
    return await file.text();
  } catch {
    throw new Error(`The file ${file.name} could not be read. Choose it again.`);
  }
}

/** The path a file had inside the folder the learner chose ("course/modules/01.md"), or its bare name. */
export function folderRelativePath(file: File): string {
  return file.webkitRelativePath || file.name;
}
