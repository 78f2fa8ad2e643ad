import { graphql } from '../../gql/gql';

export const Login = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...SessionFields
    }
  }
`);

export const SetPassword = graphql(`
  mutation SetPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password)
  }
`);
