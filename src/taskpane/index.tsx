import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Title3, Body1 } from "@fluentui/react-components";

function Placeholder() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">MicroSeg</Title3>
      <Body1>Loading…</Body1>
    </FluentProvider>
  );
}

void Office.onReady().then(() => {
  const el = document.getElementById("root");
  if (el) createRoot(el).render(<Placeholder />);
});
