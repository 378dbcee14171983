// The second, independent parser of the calendar tests: reads an ICS feed on stdin and prints its
// events as JSON, as ical.js (Mozilla's parser, the one Thunderbird uses) understands them.
// Usage: node parse-ics.mjs <path to ical.js's dist/ical.js> < feed.ics
import { pathToFileURL } from "node:url";

const ICAL = (await import(pathToFileURL(process.argv[2]).href)).default;
let text = "";
for await (const chunk of process.stdin) text += chunk;

const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    sequence: event.sequence,
    summary: event.summary,
    description: event.description,
    status: vevent.getFirstPropertyValue("status"),
    url: vevent.getFirstPropertyValue("url"),
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    alarms: vevent.getAllSubcomponents("valarm").map((alarm) => alarm.getFirstPropertyValue("trigger").toString()),
  };
});
process.stdout.write(JSON.stringify({ name: calendar.getFirstPropertyValue("x-wr-calname"), events }));
