// The drift monitor's test prompt and model: 30 cities to repeat, and a model that can be made worse overnight.
import type { FakeOpenAIOptions } from "./fake-openai-server.js";

export const CITIES_PROMPT = `name: Cities
model: gpt-4o-mini
messages:
  - role: system
    content: Repeat the city name.
  - role: user
    content: "{{city}}"
testData:
${Array.from({ length: 30 }, (_, i) => `  - city: City${i + 1}`).join("\n")}
evaluators:
  - name: names the city
    string:
      contains: "{{city}}"
`;

/** The model as it is on a given night: `good` names every city, `worse` forgets two cities in three. */
export function citiesResponder(night: () => "good" | "worse"): NonNullable<FakeOpenAIOptions["respond"]> {
  return (body) => {
    const city = String(body.messages.at(-1)?.content ?? "");
    const n = Number(city.replace("City", ""));
    return night() === "worse" && n % 3 !== 0 ? "I am not sure." : `The city is ${city}.`;
  };
}
