// Any address that no route claims: the friendly 404 page of the root error boundary.
export async function loader() {
  throw new Response("Not Found", { status: 404 });
}

export default function NotFound() {
  return null;
}
