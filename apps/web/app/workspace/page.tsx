export default function WorkspacePage() {
  return (
    <>
      <h1>Workspace</h1>
      <p>Your workspaces, members, invitations and API keys.</p>
    </>
  );
}
