// Example answers of a support bot whose behaviour follows its system prompt. They stand in for a real
// model in the demo's recorded cache and in end-to-end tests; nothing here pretends to be an LLM.

const topics = [
  { name: "refund-window", match: /how long .*return/i },
  { name: "refund", match: /refund|return|money back/i },
  { name: "order", match: /where is my order/i },
  { name: "password", match: /password/i },
  { name: "shipping", match: /ship to/i },
  { name: "address", match: /address/i },
  { name: "payment", match: /payment/i },
  { name: "cancel", match: /cancel/i },
];

const answers = {
  "refund-window": "You can return an item within 30 days of delivery.",
  refund: "Refunds are available within 30 days of delivery.",
  order: "You can follow your parcel with the tracking link in your shipping email.",
  password: "Use the 'Forgot password' link on the sign-in page to reset it.",
  shipping: "Yes, we ship to Canada; delivery takes 5 to 8 business days.",
  address: "You can change the delivery address from your order page until the order ships.",
  payment: "We accept credit card, debit card and PayPal.",
  cancel: "You can cancel your order from your order page until it ships.",
  other: "I'm happy to help with that.",
};

const elaboration =
  " If anything is unclear, our team is here for you seven days a week, and we will gladly walk you through every step." +
  " Many customers also find the answers they need in our help centre, which covers orders, deliveries, payments and accounts in detail." +
  " Thank you for shopping with Acme, we really appreciate your business!";

/**
 * The answer to one question under one system prompt, for sample `sample` (0-based).
 * - The refund link is given only when the system prompt contains it.
 * - Without "concise" in the system prompt, answers grow by three sentences (more tokens, more cost).
 * - The shipping question is answered vaguely on every third sample, whatever the prompt (a flaky case).
 */
export function answerSupportQuestion(system, question, sample = 0) {
  const topic = topics.find((t) => t.match.test(question))?.name ?? "other";
  let text = answers[topic];
  if (topic === "refund" && system.includes("acme.example/refunds")) {
    text += " You can start a refund at https://acme.example/refunds.";
  }
  if (topic === "shipping" && sample % 3 === 2) text = "We ship to many countries; delivery times vary.";
  if (!/concise/i.test(system)) text += elaboration;
  return text;
}
